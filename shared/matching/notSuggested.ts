/**
 * Why an approved volunteer is not suggested for a match: a DBS check overdue, required
 * training not done, an inactive period under way, or living clearly beyond how far they
 * travel. One function per rule; each gives the reason for the list and the sentence
 * the coordinator confirms before proposing them anyway.
 */
import type { VolunteerRecord } from '../volunteers/record';
import type { RecruitmentSettings } from '../volunteers/settings';
import { dbsCheckDue } from '../volunteers/reminders';
import { inactiveOn, trainingOutstanding } from '../volunteers/stage';
import { formatUkDate } from '../dates';
import { beyondTravel, type Whereabouts } from './travel';

export interface NotSuggestedReason {
  rule: 'dbs' | 'training' | 'inactive' | 'travel';
  /** For the list of others: "DBS Update Service check was due on 03/02/2024". */
  reason: string;
  /** Names the volunteer, for the confirmation: "Jo Bloggs’s DBS Update Service check was due on 03/02/2024." */
  sentence: string;
}

export type CandidateVolunteer = VolunteerRecord & Whereabouts & { maxTravelMiles: number | null };

const fullName = (v: VolunteerRecord) => `${v.firstName} ${v.lastName}`;

/** A DBS re-check or Update Service status check that fell due on or before the date (as Today counts it). */
export function dbsOverdue(v: VolunteerRecord, settings: RecruitmentSettings, date: string): NotSuggestedReason | null {
  if (!settings.approvalChecks.dbs) return null;
  if (!v.dbs?.issueDate) return { rule: 'dbs', reason: 'No DBS certificate recorded', sentence: `${fullName(v)} has no DBS certificate recorded.` };
  const due = dbsCheckDue(v, settings);
  if (!due || due.date > date) return null;
  const check = due.kind === 'recheck' ? 'DBS re-check' : 'DBS Update Service check';
  const when = due.date === date ? 'is due today' : `was due on ${formatUkDate(due.date)}`;
  return { rule: 'dbs', reason: `${check} ${when}`, sentence: `${fullName(v)}’s ${check} ${when}.` };
}

/** Required training modules not completed, when the scheme requires training. */
export function trainingIncomplete(v: VolunteerRecord, settings: RecruitmentSettings): NotSuggestedReason | null {
  if (!settings.approvalChecks.training) return null;
  const outstanding = trainingOutstanding(v, settings.trainingModules);
  if (!outstanding.length) return null;
  const modules = outstanding.join(', ');
  return { rule: 'training', reason: `Required training not completed: ${modules}`, sentence: `${fullName(v)} has not completed the required training: ${modules}.` };
}

/** An inactive period covering the date. */
export function inactiveNow(v: VolunteerRecord, date: string): NotSuggestedReason | null {
  if (!inactiveOn(v, date)) return null;
  const period = v.inactivePeriods.filter((p) => p.from <= date).sort((a, b) => a.from.localeCompare(b.from)).at(-1)!;
  const back = period.expectedReturn ? `, expected back ${formatUkDate(period.expectedReturn)}` : '';
  return { rule: 'inactive', reason: `Inactive since ${formatUkDate(period.from)}${back}`, sentence: `${fullName(v)} has been inactive since ${formatUkDate(period.from)}${back}.` };
}

/** Living clearly further away than the volunteer travels. */
export function tooFar(seeker: Whereabouts, v: CandidateVolunteer): NotSuggestedReason | null {
  const beyond = beyondTravel(seeker, v);
  if (!beyond) return null;
  return {
    rule: 'travel',
    reason: `About ${beyond.miles} miles away; travels up to ${beyond.limit}`,
    sentence: `${fullName(v)} lives about ${beyond.miles} miles away and travels up to ${beyond.limit} miles.`,
  };
}

/** Every reason the volunteer is not suggested on the date; empty when they may be. */
export function notSuggestedReasons(v: CandidateVolunteer, seeker: Whereabouts, settings: RecruitmentSettings, date: string): NotSuggestedReason[] {
  return [dbsOverdue(v, settings, date), trainingIncomplete(v, settings), inactiveNow(v, date), tooFar(seeker, v)].filter((r): r is NotSuggestedReason => r !== null);
}

/** What the coordinator is asked before proposing such a volunteer anyway. */
export function proposeAnywayQuestion(reasons: NotSuggestedReason[]): string {
  return `${reasons.map((r) => r.sentence).join(' ')} Propose anyway?`;
}
