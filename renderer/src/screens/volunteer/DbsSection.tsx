import { useState, type ReactNode } from 'react';
import { dateText } from '../../form';
import { SummaryList } from '../../components/SummaryList';
import { Warning } from '../../components/Notice';
import { ProfileSection, focusSoon, monthsInWords, yesNo, type SectionProps } from './section';
import { DbsForm } from './DbsForm';
import { DBS_LEVEL_LABELS, DBS_OUTCOME_LABELS } from '../../../../shared/volunteers/record';
import type { Volunteer } from '../../../../shared/contract';

function rowsOf(volunteer: Volunteer): [string, ReactNode][] {
  const d = volunteer.dbs!;
  const due = volunteer.dbsCheckDue;
  const rows: [string, ReactNode][] = [
    ['Certificate number', d.certificateNumber],
    ['Issue date', dateText(d.issueDate)],
    ['Level', d.level && DBS_LEVEL_LABELS[d.level]],
    ['Outcome', d.outcome && DBS_OUTCOME_LABELS[d.outcome]],
    ['Checked by', d.checkedBy],
    ['Date checked', dateText(d.checkedDate)],
    ['On the Update Service', yesNo(d.updateService, 'No')],
  ];
  if (d.updateService) rows.push(['Last status check', dateText(d.updateServiceCheckedDate)]);
  if (due) rows.push([due.kind === 'recheck' ? 'Re-check due' : 'Next status check due', dateText(due.date)]);
  if (d.disclosureNote) {
    rows.push(['Note about disclosed information', <span className="pre-line">{d.disclosureNote}</span>]);
    rows.push(['Date of the decision', dateText(d.disclosureDecisionDate)]);
  }
  return rows;
}

export function DbsSection(props: SectionProps) {
  const { volunteer, settings, notice } = props;
  const [editing, setEditing] = useState(false);
  const d = volunteer.dbs;
  const months = monthsInWords(settings.reminders.disclosureNoteMonths);
  return (
    <ProfileSection name="dbs" title="DBS check" notice={notice}>
      <Warning>Never record the certificate’s content.</Warning>
      {d && !editing && (
        <>
          <SummaryList rows={rowsOf(volunteer)} />
          {d.disclosureNote && volunteer.disclosureNoteDeletionDate && (
            <p className="inset-text">
              This note will be deleted automatically on {dateText(volunteer.disclosureNoteDeletionDate)}, {months} after the decision.
            </p>
          )}
          {d.disclosureNoteDeletedDate && (
            <p className="inset-text">
              The disclosure note was deleted on {dateText(d.disclosureNoteDeletedDate)}, as the data rules require: it may be kept for {months} after the decision, no longer.
            </p>
          )}
          <button type="button" className="button button--secondary" id="dbs-change" onClick={() => setEditing(true)}>
            Change DBS check
          </button>
        </>
      )}
      {!d && <p className="secondary">No DBS check recorded yet.</p>}
      {(!d || editing) && (
        <DbsForm
          volunteer={volunteer}
          noteMonths={settings.reminders.disclosureNoteMonths}
          saved={(v, message) => {
            setEditing(false);
            props.saved(v, message);
          }}
          onCancel={
            d
              ? () => {
                  setEditing(false);
                  focusSoon('dbs-change');
                }
              : undefined
          }
        />
      )}
    </ProfileSection>
  );
}
