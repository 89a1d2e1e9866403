import { useEffect, useState } from 'react';
import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { PageHeading } from '../../components/PageHeading';
import { SummaryList } from '../../components/SummaryList';
import { ProfileSection } from '../../components/ProfileSection';
import { Field } from '../../components/Field';
import { Radios } from '../../components/Radios';
import { TextAreaField } from '../../components/TextAreaField';
import { CheckboxField } from '../../components/CheckboxField';
import { InlineForm, useInlineForm } from '../../components/InlineForm';
import type { SavedNotice } from '../../components/SavedBanner';
import { DOCX_MIME, downloadBase64 } from '../../components/download';
import { durationText } from '../../../../shared/dates';
import type { CareReviewUpdate } from '../../../../shared/contract';
import { fromBool, toBool } from '../matches/parts';
import { ContactsTable } from '../matches/ContactsSection';
import { updatePath, updateStateText } from './labels';

const UPDATE_FIELDS = ['youngPersonViews', 'viewsAgreed', 'objectives', 'progress', 'ivWillAttend', 'coordinatorComments'] as const;

/** What the update reports from the records: read only, changed where the visits and contacts are kept. */
function LiveParts({ update }: { update: CareReviewUpdate }) {
  const since = update.window.basis === 'previous_review' ? 'since the previous review' : 'since the match began';
  return (
    <ProfileSection name="records" title="From the records" notice={null}>
      <p className="secondary">These come from the visits and contacts recorded on the match, and update as you record more.</p>
      <SummaryList
        rows={[
          ['Time covered', `${dateText(update.window.from)} to ${dateText(update.window.to)} (${since})`],
          [
            update.matches.length > 1 ? 'Independent Visitors' : 'Independent Visitor',
            <ul className="cr-plain-list">
              {update.matches.map((m) => (
                <li key={m.id}>
                  <a href={`#/matches/${m.id}`}>{m.volunteerName}</a>, {m.endDate ? `${dateText(m.startDate)} to ${dateText(m.endDate)}` : `since ${dateText(m.startDate)}`}
                </li>
              ))}
            </ul>,
          ],
          ['Previous review', update.previousReview ? dateText(update.previousReview.date) : 'None recorded'],
        ]}
      />
      <h3>Visits ({update.visits.length})</h3>
      {update.visits.length === 0 ? (
        <p>No visits in this time.</p>
      ) : (
        <table className="table cr-table">
          <caption className="visually-hidden">Visits in the time covered</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Activity</th>
              <th scope="col">Duration</th>
              {update.matches.length > 1 && <th scope="col">Independent Visitor</th>}
            </tr>
          </thead>
          <tbody>
            {update.visits.map((v, i) => (
              <tr key={i}>
                <td className="nowrap">{dateText(v.date)}</td>
                <td>{v.activity}</td>
                <td className="nowrap">{durationText(v.durationMinutes)}</td>
                {update.matches.length > 1 && <td>{v.volunteerName}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Gaps between visits</h3>
      {update.gaps.length === 0 ? (
        <p>No long gaps between visits.</p>
      ) : (
        <ul className="list--bullet">
          {update.gaps.map((g) => (
            <li key={g.from}>
              {dateText(g.from)} to {dateText(g.to)}: {g.days} days
            </li>
          ))}
        </ul>
      )}
      <h3>Contacts between visits ({update.contacts.length})</h3>
      {update.contacts.length === 0 ? (
        <p>No contacts recorded between visits. Log them on the match page.</p>
      ) : (
        <ContactsTable contacts={update.contacts} caption="Contacts between visits in the time covered" />
      )}
    </ProfileSection>
  );
}

/** The coordinator's words: the young person's views (printed only with their agreement), objectives, progress, attendance. */
function UpdateForm({ update, onSaved }: { update: CareReviewUpdate; onSaved: (u: CareReviewUpdate) => void }) {
  const d = update.draft;
  const prefix = 'update-';
  const form = useInlineForm(
    {
      youngPersonViews: d?.youngPersonViews ?? '',
      viewsAgreed: d?.viewsAgreed ? 'yes' : '',
      objectives: d?.objectives ?? update.previousReview?.objectives ?? '',
      progress: d?.progress ?? '',
      ivWillAttend: d ? fromBool(d.ivWillAttend) : '',
      coordinatorComments: d?.coordinatorComments ?? '',
    },
    prefix,
  );
  const firstName = update.youngPersonName.split(' ')[0];
  const { label: _l, ...attend } = form.field('ivWillAttend', '');
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={UPDATE_FIELDS}
      busy={form.busy}
      label="The update"
      submitLabel="Save the update"
      onSubmit={(e) =>
        form.submit(
          e,
          (v) => () =>
            api.saveCareReviewUpdate({
              youngPersonId: update.youngPersonId,
              reviewDate: update.reviewDate,
              youngPersonViews: v.youngPersonViews,
              viewsAgreed: v.viewsAgreed === 'yes',
              objectives: v.objectives,
              progress: v.progress,
              ivWillAttend: toBool(v.ivWillAttend),
              coordinatorComments: v.coordinatorComments,
            }),
          onSaved,
        )
      }
    >
      <TextAreaField {...form.field('youngPersonViews', `${firstName}’s views, in their own words`)} hint="What they would like the review to hear about their Independent Visitor and what they do together" rows={4} />
      <CheckboxField
        name={`${prefix}viewsAgreed`}
        label="They agreed to share these words in the update"
        hint="Their views are printed only when this is ticked; otherwise the update says they have not agreed to share them."
        checked={form.values.viewsAgreed === 'yes'}
        error={form.errors.viewsAgreed}
        onChange={(checked) => form.set('viewsAgreed')(checked ? 'yes' : '')}
      />
      <TextAreaField {...form.field('objectives', 'Objectives')} hint="The objectives from the last review, as the update reports them" rows={3} />
      <TextAreaField {...form.field('progress', 'Progress')} hint="How the match has gone towards them" rows={3} />
      <Radios
        {...attend}
        legend="Will the Independent Visitor attend the review?"
        hint="They attend at the young person’s request"
        options={[
          ['yes', 'Yes'],
          ['no', 'No'],
          ['', 'Not known yet'],
        ]}
        inline
      />
      <TextAreaField {...form.field('coordinatorComments', 'Your comments')} hint="Never safeguarding content: that is shared separately" rows={3} />
    </InlineForm>
  );
}

function SentForm({ update, onSaved, onCancel }: { update: CareReviewUpdate; onSaved: (u: CareReviewUpdate) => void; onCancel: () => void }) {
  const prefix = 'sent-';
  const form = useInlineForm({ sentDate: '' }, prefix);
  return (
    <InlineForm
      errors={form.errors}
      prefix={prefix}
      fields={['sentDate']}
      busy={form.busy}
      label="Mark the update as sent"
      title="Mark the update as sent"
      submitLabel="Mark as sent"
      onCancel={onCancel}
      onSubmit={(e) =>
        form.submit(
          e,
          (v, errors) => {
            const sentDate = readDate(v.sentDate, 'sentDate', errors, 'The date sent');
            if (!v.sentDate.trim()) errors.sentDate = 'Enter the date you sent the update';
            return () => api.markCareReviewUpdateSent({ youngPersonId: update.youngPersonId, reviewDate: update.reviewDate, sentDate: sentDate ?? '' });
          },
          onSaved,
        )
      }
    >
      <Field {...form.field('sentDate', 'Date sent')} hint={`${DATE_HINT}. Usually to the Independent Reviewing Officer.`} width="date" inputMode="numeric" />
    </InlineForm>
  );
}

/** Preparing the care-review update for one review: the records it reports, the coordinator's words, Word, print, and sent. */
export function CareReviewUpdateScreen({ youngPersonId, reviewDate }: { youngPersonId: number; reviewDate: string }) {
  const [update, setUpdate] = useState<CareReviewUpdate | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<(SavedNotice & { section: string }) | null>(null);
  const [sending, setSending] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);

  useEffect(() => {
    api.careReviewUpdate({ youngPersonId, reviewDate }).then((r) => (r.ok ? setUpdate(r.value) : setFailure(r.error.message)));
  }, [youngPersonId, reviewDate]);

  const back = (
    <a className="back-link" href="#/care-reviews">
      Back to care reviews
    </a>
  );
  if (failure) {
    return (
      <>
        {back}
        <PageHeading caption="Care reviews">There is no update to prepare</PageHeading>
        <p>{failure}</p>
        <ul className="list--bullet">
          <li>
            <a href="#/care-reviews">Go to the care review calendar</a>
          </li>
          <li>
            <a href={`#/young-people/${youngPersonId}`}>Go to the young person’s record</a>
          </li>
        </ul>
      </>
    );
  }
  if (!update) return <p className="loading">Loading…</p>;

  const saved = (section: string) => (u: CareReviewUpdate, text: string) => {
    setUpdate(u);
    setNotice({ section, text, n: (notice?.n ?? 0) + 1 });
  };
  const noticeIn = (section: string) => (notice?.section === section ? notice : null);
  async function downloadWord() {
    setDownloadError(null);
    const r = await api.careReviewUpdateDocument({ youngPersonId, reviewDate });
    if (!r.ok) return setDownloadError(r.error.message);
    downloadBase64(r.value.fileName, r.value.base64, DOCX_MIME);
  }
  const draft = update.draft;
  return (
    <>
      {back}
      <PageHeading caption="Care-review update">{`${update.youngPersonName}: review on ${dateText(update.reviewDate)}`}</PageHeading>
      <p className="lede">
        The update covers {dateText(update.window.from)} to {dateText(update.window.to)}. <a href={`#/young-people/${update.youngPersonId}`}>Go to {update.youngPersonName}’s record</a>
      </p>
      <div className="cr-update">
        <LiveParts update={update} />
        <ProfileSection name="update" title="Your update" notice={noticeIn('update')}>
          <p className="cr-update__state">
            <strong>{updateStateText(draft)}</strong>
          </p>
          <UpdateForm update={update} onSaved={(u) => saved('update')(u, `Update saved on ${dateText(u.draft?.preparedDate)}. Download it or print the review summary to send it.`)} />
        </ProfileSection>
        <ProfileSection name="send" title="Send it" notice={noticeIn('send')}>
          {!draft ? (
            <p>Save the update first; then download it as a Word document or print the review summary, and mark it as sent.</p>
          ) : (
            <>
              {downloadError && <p className="error-message">{downloadError}</p>}
              <div className="button-group">
                <button type="button" className="button button--secondary" onClick={() => void downloadWord()}>
                  Download Word
                </button>
                <a className="button button--secondary" href={`${updatePath(youngPersonId, reviewDate)}/print`}>
                  Print review summary
                </a>
                {!sending && (
                  <button type="button" className="button button--secondary" id="sent-open" onClick={() => setSending(true)}>
                    {draft.sentDate ? 'Change the date sent' : 'Mark as sent'}
                  </button>
                )}
              </div>
              {sending && (
                <SentForm
                  update={update}
                  onCancel={() => setSending(false)}
                  onSaved={(u) => {
                    setSending(false);
                    saved('send')(u, `Update marked as sent on ${dateText(u.draft?.sentDate)}.`);
                  }}
                />
              )}
            </>
          )}
        </ProfileSection>
      </div>
    </>
  );
}
