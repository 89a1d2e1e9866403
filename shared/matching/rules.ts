/** Dates and people that cannot be true for a match or a visit. */
import type { MatchRecord, VisitRecord } from './record';
import { formatUkDate } from '../dates';

type Problems = Record<string, string>;

export interface MatchContext {
  referralDate: string;
  volunteerName: string;
  volunteerApprovedDate: string | null;
  volunteerLeftDate: string | null;
}

export function matchProblems(m: MatchRecord, ctx: MatchContext, today: string): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string | false | null) => {
    if (message && !problems[field]) problems[field] = message;
  };
  add('volunteerId', !ctx.volunteerApprovedDate && `${ctx.volunteerName} is not an approved volunteer yet, so cannot be matched`);
  add('volunteerId', !!ctx.volunteerApprovedDate && ctx.volunteerApprovedDate > m.proposedDate && `${ctx.volunteerName} was not approved until ${formatUkDate(ctx.volunteerApprovedDate)}`);
  add('volunteerId', !!ctx.volunteerLeftDate && ctx.volunteerLeftDate <= m.proposedDate && `${ctx.volunteerName} left the scheme on ${formatUkDate(ctx.volunteerLeftDate)}`);
  add('proposedDate', m.proposedDate > today && 'The proposal date cannot be in the future');
  add('proposedDate', m.proposedDate < ctx.referralDate && `A match cannot be proposed before the referral (${formatUkDate(ctx.referralDate)})`);
  add('startDate', !!m.startDate && m.startDate > today && 'The introduction meeting cannot be in the future: record it once it has happened');
  add('startDate', !!m.startDate && m.startDate < m.proposedDate && `The introduction cannot be before the proposal (${formatUkDate(m.proposedDate)})`);
  add('endDate', !!m.endDate && m.endDate > today && 'The end date cannot be in the future');
  add('endDate', !!m.endDate && m.endDate < (m.startDate ?? m.proposedDate) && `A match cannot end before it ${m.startDate ? 'started' : 'was proposed'} (${formatUkDate(m.startDate ?? m.proposedDate)})`);
  add('endReason', !!m.endDate && !m.endReason && 'Choose why the match ended');
  add('endReason', !m.endDate && !!m.endReason && 'Give the date the match ended');
  add('endReason', m.endReason === 'proposal_not_taken_up' && !!m.startDate && 'A match that started was taken up: choose another reason');
  return problems;
}

export function visitProblems(v: VisitRecord, m: MatchRecord, today: string): Problems {
  const problems: Problems = {};
  const add = (field: string, message: string | false) => {
    if (message && !problems[field]) problems[field] = message;
  };
  add('date', !m.startDate && 'Record the introduction meeting before any visit');
  add('date', !!m.startDate && v.date < m.startDate && `A visit cannot be before the match started (${formatUkDate(m.startDate!)})`);
  add('date', !!m.endDate && v.date > m.endDate && `A visit cannot be after the match ended (${formatUkDate(m.endDate!)})`);
  add('date', v.date > today && 'A visit cannot be in the future: record it once it has happened');
  return problems;
}
