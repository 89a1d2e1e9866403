import { useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT, type Errors } from '../../form';
import { Field } from '../../components/Field';
import { CheckboxField } from '../../components/CheckboxField';
import { downloadBase64, DOCX_MIME } from '../../components/download';
import { todayIso } from '../../../../shared/dates';
import { CONSENT_FORM_VERSION } from '../../../../shared/documents/consentForm';
import { consentInForce } from '../../../../shared/youngPeople/rules';
import type { Consent, YoungPerson } from '../../../../shared/contract';
import { Section, InlineForm, useInlineForm, focusSoon, type SectionProps } from './parts';

type Saved = (person: YoungPerson, message: string) => void;

const consentInput = (person: YoungPerson, c: Consent) => ({
  youngPersonId: person.id,
  consentId: c.id,
  signedDate: c.signedDate,
  formVersion: c.formVersion,
  explainedBy: c.explainedBy,
  complaintsProcedureExplained: c.complaintsProcedureExplained ?? false,
  withdrawnDate: c.withdrawnDate,
});

function RecordConsentForm({ person, saved, onCancel }: { person: YoungPerson; saved: Saved; onCancel: () => void }) {
  const prefix = 'consent-new-';
  const form = useInlineForm({ signedDate: '', formVersion: CONSENT_FORM_VERSION, explainedBy: '', complaints: '' }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['signedDate', 'formVersion', 'explainedBy', 'complaintsProcedureExplained']}
      busy={form.busy}
      label="Record consent"
      title="Record a signed agreement"
      submitLabel="Record consent"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors: Errors) => {
            const signedDate = readDate(v.signedDate, 'signedDate', errors, 'The date signed');
            if (!v.signedDate.trim()) errors.signedDate = 'Enter the date the agreement was signed';
            if (!v.explainedBy.trim()) errors.explainedBy = 'Enter who explained the agreement';
            if (!v.formVersion.trim()) errors.formVersion = 'Enter the form version, printed at the bottom of the form';
            return () =>
              api.saveConsent({
                youngPersonId: person.id,
                signedDate: signedDate ?? '',
                formVersion: v.formVersion,
                explainedBy: v.explainedBy,
                complaintsProcedureExplained: v.complaints === 'yes',
                withdrawnDate: null,
              });
          },
          (p) => saved(p, 'Consent recorded.'),
        )
      }
    >
      <Field {...form.field('signedDate', 'Date signed')} hint={DATE_HINT} width="date" inputMode="numeric" />
      <Field {...form.field('formVersion', 'Form version')} hint="Printed at the bottom of the form" width="short" />
      <Field {...form.field('explainedBy', 'Explained by')} hint="Who went through it with the young person" width="half" autoComplete="off" />
      <CheckboxField
        name={`${prefix}complaintsProcedureExplained`}
        label="The complaints procedure was explained"
        checked={form.values.complaints === 'yes'}
        onChange={(checked) => form.set('complaints')(checked ? 'yes' : '')}
        error={form.errors.complaintsProcedureExplained}
      />
    </InlineForm>
  );
}

function WithdrawalForm({ person, consent, saved, onCancel }: { person: YoungPerson; consent: Consent; saved: Saved; onCancel: () => void }) {
  const prefix = `withdraw-${consent.id}-`;
  const form = useInlineForm({ withdrawnDate: '' }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['withdrawnDate']}
      busy={form.busy}
      label="Record withdrawal"
      title={`Withdrawal of the agreement signed on ${dateText(consent.signedDate)}`}
      submitLabel="Record withdrawal"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const withdrawnDate = readDate(v.withdrawnDate, 'withdrawnDate', errors, 'The date withdrawn');
            if (!v.withdrawnDate.trim()) errors.withdrawnDate = 'Enter the date consent was withdrawn';
            return () => api.saveConsent({ ...consentInput(person, consent), withdrawnDate });
          },
          (p) => saved(p, 'Withdrawal recorded.'),
        )
      }
    >
      <Field {...form.field('withdrawnDate', 'Date withdrawn')} hint={DATE_HINT} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

/** The confidentiality agreement: the consents recorded, and the form to print or download. */
export function ConsentSection({ person, saved, notice }: SectionProps) {
  const [open, setOpen] = useState<'new' | number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const done: Saved = (p, message) => {
    setOpen(null);
    saved(p, message);
  };
  const inForce = consentInForce(person.consents, todayIso());
  const withdrawing = person.consents.find((c) => c.id === open);

  async function download() {
    setFailure(null);
    setDownloaded(null);
    const result = await api.consentFormDocument({ youngPersonId: person.id });
    if (!result.ok) return setFailure(result.error.message);
    downloadBase64(result.value.fileName, result.value.base64, DOCX_MIME);
    setDownloaded(result.value.fileName);
  }

  return (
    <Section name="consent" title="Confidentiality agreement" notice={notice}>
      <p>
        {inForce ? (
          <strong className="tag tag--green">In force</strong>
        ) : (
          <strong className="tag tag--yellow">No agreement in force</strong>
        )}{' '}
        {inForce ? 'The young person has signed the agreement and not withdrawn it.' : 'Go through the form with the young person at the start, and record it here once signed.'}
      </p>
      {person.consentOnOlderForm && (
        <p>
          <strong className="tag tag--yellow">Older form</strong> It was signed on form version {person.consentOnOlderForm}. Go through the current form (version {CONSENT_FORM_VERSION}) with them and record it
          when signed.
        </p>
      )}
      {person.consents.length > 0 && (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Agreements recorded</caption>
            <thead>
              <tr>
                <th scope="col">Signed</th>
                <th scope="col">Form version</th>
                <th scope="col">Explained by</th>
                <th scope="col">Complaints procedure explained</th>
                <th scope="col">Withdrawn</th>
              </tr>
            </thead>
            <tbody>
              {person.consents.map((c) => (
                <tr key={c.id}>
                  <td>{dateText(c.signedDate)}</td>
                  <td>{c.formVersion}</td>
                  <td>{c.explainedBy}</td>
                  <td>{c.complaintsProcedureExplained === null ? 'Not recorded' : c.complaintsProcedureExplained ? 'Yes' : 'No'}</td>
                  <td>
                    {c.withdrawnDate ? (
                      dateText(c.withdrawnDate)
                    ) : (
                      <button type="button" className="link-button" id={`consent-${c.id}-withdraw`} onClick={() => setOpen(c.id)}>
                        Record withdrawal<span className="visually-hidden"> of the agreement signed on {dateText(c.signedDate)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {withdrawing && <WithdrawalForm key={withdrawing.id} person={person} consent={withdrawing} saved={done} onCancel={() => (setOpen(null), focusSoon(`consent-${withdrawing.id}-withdraw`))} />}
      {open === 'new' ? (
        <RecordConsentForm person={person} saved={done} onCancel={() => (setOpen(null), focusSoon('consent-add'))} />
      ) : (
        !withdrawing && (
          <button type="button" className="button button--secondary" id="consent-add" onClick={() => setOpen('new')}>
            Record consent
          </button>
        )
      )}

      <h3>The form to sign</h3>
      <p>
        One page in plain words: what stays private, when the Independent Visitor must tell someone (safeguarding), and how to complain. Form version {CONSENT_FORM_VERSION}.
      </p>
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
      {downloaded && (
        <p className="secondary" role="status">
          Downloaded {downloaded}.
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={download}>
          Download the consent form (Word)
        </button>
        <a className="button button--secondary" href={`#/young-people/${person.id}/consent-form`}>
          Print the consent form
        </a>
      </div>
    </Section>
  );
}
