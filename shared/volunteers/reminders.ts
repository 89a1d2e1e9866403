/** The recruitment reminders on Today, each with the date it fell or falls due. */
import type { VolunteerRecord } from './record';
import type { RecruitmentSettings } from './settings';
import { volunteerStatus, isInPipeline } from './stage';
import { addDays, addMonths, addWorkingDays, addYears, formatUkDate, type BankHolidays } from '../dates';
import { recordItem, urgencyOf, type TodayItem } from '../today';
import { isLapsed } from './lapse';

/** References carry their stored id where there is one, so a snooze stays with its reference. */
export type VolunteerWithId = Omit<VolunteerRecord, 'references'> & { id: number; references: (VolunteerRecord['references'][number] & { id?: number })[] };

/** When the next DBS check falls due: a full re-check, or the Update Service status check. */
export function dbsCheckDue(v: VolunteerRecord, settings: RecruitmentSettings): { date: string; kind: 'recheck' | 'status_check' } | null {
  const dbs = v.dbs;
  if (!dbs?.issueDate) return null;
  if (dbs.updateService) {
    return { date: addMonths(dbs.updateServiceCheckedDate ?? dbs.issueDate, settings.reminders.updateServiceCheckMonths), kind: 'status_check' };
  }
  return { date: addYears(dbs.issueDate, settings.reminders.dbsRecheckYears), kind: 'recheck' };
}

export function disclosureNoteDeletionDate(v: VolunteerRecord, settings: RecruitmentSettings): string | null {
  const dbs = v.dbs;
  if (!dbs?.disclosureNote || !dbs.disclosureDecisionDate) return null;
  return addMonths(dbs.disclosureDecisionDate, settings.reminders.disclosureNoteMonths);
}

/** Everyone's recruitment reminders; lapsed people's pipeline reminders are left out (they are offered for withdrawal on the board instead). */
export function volunteerReminders(volunteers: VolunteerWithId[], settings: RecruitmentSettings, today: string, bankHolidays: BankHolidays): TodayItem[] {
  const r = settings.reminders;
  const soon = addDays(today, r.dueSoonDays);
  const items: TodayItem[] = [];
  const push = (v: VolunteerWithId, kind: string, dueDate: string, message: string, horizon = soon, detail?: number) => {
    const urgency = urgencyOf(dueDate, today, horizon);
    if (urgency) items.push(recordItem({ kind, urgency, dueDate, subject: `${v.firstName} ${v.lastName}`, message, link: `/volunteers/${v.id}` }, { kind: 'volunteer', id: v.id }, detail));
  };
  for (const v of volunteers) {
    const status = volunteerStatus(v, settings, today);
    const lapsed = isInPipeline(status) && isLapsed(v, settings, today);
    if (status === 'enquiry' && !lapsed && !v.enquiryRespondedDate) {
      // Overdue only once the working days have passed; no "due soon" for a 3-day window.
      const due = addWorkingDays(v.enquiryDate, r.enquiryResponseWorkingDays, bankHolidays);
      push(v, 'enquiry_unanswered', due, `Enquiry of ${formatUkDate(v.enquiryDate)} not yet answered`, addDays(today, -1));
    }
    if (isInPipeline(status) && !lapsed) {
      v.references.forEach((ref, i) => {
        if (ref.requestedDate && !ref.receivedDate) {
          push(v, 'reference_outstanding', addDays(ref.requestedDate, r.referenceChaseDays), `Reference ${i + 1}${ref.name ? ` (${ref.name})` : ''} requested ${formatUkDate(ref.requestedDate)}: chase it`, addDays(today, -1), ref.id ?? i + 1);
        }
      });
      if (v.applicationDate) {
        push(v, 'approval_overdue', addDays(v.applicationDate, r.applicationToApprovalWeeks * 7), `Applied ${formatUkDate(v.applicationDate)}: approval is taking longer than ${r.applicationToApprovalWeeks} weeks`, addDays(today, -1));
      }
    }
    if (status === 'active' || status === 'inactive') {
      const check = dbsCheckDue(v, settings);
      if (check) push(v, check.kind === 'recheck' ? 'dbs_recheck' : 'dbs_status_check', check.date, check.kind === 'recheck' ? `DBS re-check due (certificate issued ${formatUkDate(v.dbs?.issueDate)})` : 'Yearly DBS Update Service status check due');
    }
    const deletion = disclosureNoteDeletionDate(v, settings);
    if (deletion) push(v, 'disclosure_note_deletion', deletion, `The DBS disclosure note will be deleted on ${formatUkDate(deletion)}, ${r.disclosureNoteMonths} months after the decision`);
  }
  return items;
}
