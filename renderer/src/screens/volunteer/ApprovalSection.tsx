import { api } from '../../api';
import { readDate, dateText, DATE_HINT } from '../../form';
import { Field } from '../../components/Field';
import { ProfileSection, type SectionProps } from './section';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';

function ApproveForm({ volunteer, saved }: Pick<SectionProps, 'volunteer' | 'saved'>) {
  const form = useSectionForm({ approvedDate: '' }, 'approval-');
  return (
    <SectionForm
      {...form}
      fields={['approvedDate']}
      submitLabel="Approve volunteer"
      onSubmit={(e) =>
        form.submit(
          e,
          (values, errors) => {
            const approvedDate = readDate(values.approvedDate, 'approvedDate', errors, 'Date of approval');
            if (!values.approvedDate.trim()) errors.approvedDate = 'Enter the date of approval';
            return () => api.approveVolunteer({ id: volunteer.id, approvedDate: approvedDate ?? '' });
          },
          (v) => saved(v, `${v.firstName} ${v.lastName} approved on ${dateText(v.approvedDate)}.`),
        )
      }
    >
      <Field {...form.field('approvedDate', 'Date of approval')} hint={DATE_HINT} width="date" inputMode="numeric" />
    </SectionForm>
  );
}

/** What approval still needs, and the approval itself; core refuses while a check is missing. */
export function ApprovalSection({ volunteer, saved, notice }: SectionProps) {
  const closed = volunteer.withdrawnDate || volunteer.rejectedDate;
  return (
    <ProfileSection name="approval" title="Approval" notice={notice}>
      {volunteer.approvedDate ? (
        <p>Approved as an Independent Visitor on {dateText(volunteer.approvedDate)}.</p>
      ) : closed ? (
        <p>
          {volunteer.withdrawnDate ? 'This volunteer has withdrawn.' : 'This volunteer was not accepted.'} Reopen their record below to approve them.
        </p>
      ) : (
        <>
          {volunteer.missingForApproval.length ? (
            <>
              <h3>Still needed</h3>
              <ul className="list list--bullet">
                {volunteer.missingForApproval.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>Every check the scheme requires is recorded. You can approve this volunteer.</p>
          )}
          <p className="secondary">
            Which checks approval needs is set in <a href="#/settings">Settings</a>.
          </p>
          <ApproveForm volunteer={volunteer} saved={saved} />
        </>
      )}
    </ProfileSection>
  );
}
