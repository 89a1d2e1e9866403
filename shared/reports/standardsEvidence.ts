/**
 * What the records say about each National Standard in a financial year, as plain labelled
 * lines (and, for equality and diversity, a table side by side). Pure: the self-assessment
 * screen and the annual report show the same words.
 */
import { addDays, addMonths, daysBetween } from '../dates';
import { inPeriod, median, percentage, type Figures, type Period } from '../figures';
import { matchActiveOn } from '../referrals/waiting';
import { supervisionSchedule, type ScheduleVolunteer } from '../supervision/schedule';
import { missingForApproval, type ApprovalFacts } from '../volunteers/stage';
import type { RecruitmentSettings } from '../volunteers/settings';
import { consentInForce } from '../youngPeople/rules';
import { count, oneDecimal, weeks } from './numberWords';

export interface EvidenceLine {
  label: string;
  value: string;
}

export interface EvidenceTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface StandardEvidence {
  lines: EvidenceLine[];
  table?: EvidenceTable;
}

export interface EvidenceMatch {
  youngPersonId: number;
  volunteerId: number;
  startDate: string | null;
  endDate: string | null;
}

export interface EvidenceConsent {
  youngPersonId: number;
  signedDate: string;
  withdrawnDate: string | null;
}

export type ApprovedVolunteer = ApprovalFacts & { approvedDate: string };

export interface EvidenceSupervision {
  volunteerId: number;
  date: string;
  nextDueDate: string | null;
}

export interface Person {
  gender: string | null;
  languages: string[];
}

export interface EvidenceRecords {
  /** Every match that started by the year's end. */
  matches: EvidenceMatch[];
  consents: EvidenceConsent[];
  /** Volunteers approved in the year, with their checks. */
  approvedInYear: ApprovedVolunteer[];
  /** The completion dates of training modules completed in the year, by volunteer. */
  trainingCompleted: { volunteerId: number; completedDate: string }[];
  /** Referrals received in the year. */
  referrals: { date: string; outcome: string; outcomeDate: string | null; closedDate: string | null }[];
  /** The dates of visits in the year. */
  visitDates: string[];
  /** Every approved volunteer, for the supervision schedule. */
  scheduleVolunteers: (ScheduleVolunteer & { id: number })[];
  /** Every supervision up to the year's end: the schedule runs from the one before. */
  supervisions: EvidenceSupervision[];
  supervisionWeeks: number;
  /** Care reviews held in the year. */
  careReviews: { date: string; ivAttended: boolean | null; coordinatorAttended: boolean | null }[];
  /** Volunteers with the scheme at the year's end, and young people matched in the year. */
  volunteersAtEnd: Person[];
  youngPeopleMatched: Person[];
  /** Complaints received in the year. */
  complaints: { date: string; resolvedDate: string | null }[];
}

export type EvidenceFigures = Pick<Figures, 'referralsReceived' | 'waitingWeeksMean' | 'waitingWeeksMedian' | 'careReviewsAttended'>;

/** "7 of 8 (87.5%)", or "none" when there is nothing to count. */
export function shareText(part: number, whole: number): string {
  const pct = percentage(part, whole);
  return pct === null ? 'none to count' : `${count(part)} of ${count(whole)} (${oneDecimal(pct)}%)`;
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Standard 3: active matches at the year's end whose young person has a confidentiality agreement in force that day. */
export function consentsOnActiveMatches(matches: EvidenceMatch[], consents: EvidenceConsent[], asAt: string) {
  const active = matches.filter((m) => matchActiveOn(m, asAt));
  const byPerson = groupBy(consents, (c) => c.youngPersonId);
  return { active: active.length, withConsent: active.filter((m) => consentInForce(byPerson.get(m.youngPersonId) ?? [], asAt)).length };
}

/** The volunteer as their record stood on a date: only the steps dated by then count. */
function checksAsAt(v: ApprovedVolunteer, date: string): ApprovalFacts {
  const by = (d: string | null | undefined) => !!d && d <= date;
  return {
    applicationDate: by(v.applicationDate) ? v.applicationDate : null,
    interviewDate: by(v.interviewDate) ? v.interviewDate : null,
    interviewOutcome: by(v.interviewDate) ? v.interviewOutcome : null,
    references: v.references.map((r) => (by(r.receivedDate) ? r : { ...r, receivedDate: null })),
    dbs: v.dbs && by(v.dbs.issueDate) ? v.dbs : null,
    training: v.training.map((t) => (by(t.completedDate) ? t : { ...t, completedDate: null })),
    withdrawnDate: null,
    rejectedDate: null,
  };
}

/** Standard 5: volunteers approved with every check the recruitment settings require done by their approval date. */
export function checksCompleteAtApproval(volunteers: ApprovedVolunteer[], settings: RecruitmentSettings) {
  return { approved: volunteers.length, complete: volunteers.filter((v) => missingForApproval(checksAsAt(v, v.approvedDate), settings).length === 0).length };
}

/** Standard 5: of the matches that ended in the year, those that lasted a year or more. */
export function endedAfterAYear(matches: EvidenceMatch[], p: Period) {
  const ended = matches.filter((m) => m.startDate && inPeriod(m.endDate, p));
  return { ended: ended.length, lastedAYear: ended.filter((m) => m.endDate! >= addMonths(m.startDate!, 12)).length };
}

/** Standard 6: training modules completed in the year, and by how many volunteers. */
export function trainingInYear(completed: EvidenceRecords['trainingCompleted'], p: Period) {
  const inside = completed.filter((t) => inPeriod(t.completedDate, p));
  return { modules: inside.length, volunteers: new Set(inside.map((t) => t.volunteerId)).size };
}

/** Standard 7: referrals received in the year that had an outcome or were closed by its end. */
export function referralsHandled(referrals: EvidenceRecords['referrals'], p: Period) {
  const received = referrals.filter((r) => inPeriod(r.date, p));
  const handled = received.filter((r) => (r.outcome !== 'pending' && (r.outcomeDate ?? r.date) <= p.to) || (r.closedDate && r.closedDate <= p.to));
  return { received: received.length, handled: handled.length };
}

const DAYS_PER_MONTH = 365.25 / 12;

/** Standard 8: visits in the year per month of match running in the year (each match counts from its start to its end, within the year). */
export function visitsPerMatchMonth(matches: EvidenceMatch[], visitDates: string[], p: Period) {
  const dayAfter = addDays(p.to, 1);
  let days = 0;
  for (const m of matches) {
    if (!m.startDate) continue;
    const from = m.startDate > p.from ? m.startDate : p.from;
    const to = m.endDate && m.endDate < dayAfter ? m.endDate : dayAfter;
    if (to > from) days += daysBetween(from, to);
  }
  const visits = visitDates.filter((d) => inPeriod(d, p)).length;
  const months = Math.round((days / DAYS_PER_MONTH) * 10) / 10;
  return { visits, matchMonths: months, perMatchMonth: days === 0 ? null : Math.round((visits / (days / DAYS_PER_MONTH)) * 10) / 10 };
}

/**
 * Standard 9: supervisions in the year held by the date the supervision schedule gave, from
 * the supervision before (or the first match). A supervision the schedule does not cover
 * (no match running that day) is not counted either way; one held while the clock was
 * paused by an open inactive period is on time.
 */
export function supervisionsOnTime(records: Pick<EvidenceRecords, 'matches' | 'scheduleVolunteers' | 'supervisions' | 'supervisionWeeks'>, p: Period) {
  const byVolunteer = groupBy([...records.supervisions].sort((a, b) => a.date.localeCompare(b.date)), (s) => s.volunteerId);
  const matchesOf = groupBy(records.matches.filter((m) => m.startDate), (m) => m.volunteerId);
  let covered = 0;
  let onTime = 0;
  for (const v of records.scheduleVolunteers) {
    const own = matchesOf.get(v.id) ?? [];
    const firstStart = own.map((m) => m.startDate!).sort()[0] ?? null;
    (byVolunteer.get(v.id) ?? []).forEach((s, i, all) => {
      if (!inPeriod(s.date, p)) return;
      const running = own.some((m) => matchActiveOn(m, s.date));
      const before = i > 0 ? all[i - 1] : null;
      const schedule = supervisionSchedule(v, firstStart, running, before, records.supervisionWeeks, s.date);
      if (!schedule) return;
      covered += 1;
      if (schedule.dueDate === null || s.date <= schedule.dueDate) onTime += 1;
    });
  }
  return { held: records.supervisions.filter((s) => inPeriod(s.date, p)).length, covered, onTime };
}

/** Gender as typed, tidied so "female" and "Female " count together. */
const genderWord = (g: string | null) => {
  const t = (g ?? '').trim().toLowerCase();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : 'Not recorded';
};

function countWords(people: Person[], words: (p: Person) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const person of people) for (const w of new Set(words(person))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Standard 13: volunteers' and young people's gender and languages, side by side, as counts and shares of each group. */
export function diversityTable(volunteers: Person[], youngPeople: Person[]): EvidenceTable {
  const cell = (n: number, whole: number) => `${count(n)} (${oneDecimal(percentage(n, whole) ?? 0)}%)`;
  const rows = (what: string, words: (p: Person) => string[]) => {
    const v = countWords(volunteers, words);
    const y = countWords(youngPeople, words);
    const keys = [...new Set([...v.keys(), ...y.keys()])].sort((a, b) => (a === 'Not recorded' ? 1 : b === 'Not recorded' ? -1 : a.localeCompare(b, 'en-GB')));
    return keys.map((k) => [`${what}: ${k}`, cell(v.get(k) ?? 0, volunteers.length), cell(y.get(k) ?? 0, youngPeople.length)]);
  };
  const language = (p: Person) => {
    const spoken = p.languages.map((l) => l.trim()).filter(Boolean).map((l) => l.charAt(0).toUpperCase() + l.slice(1));
    return spoken.length ? spoken : ['Not recorded'];
  };
  return {
    caption: "Volunteers with the scheme at the year's end and young people matched in the year, by gender and language",
    columns: ['', `Volunteers (${count(volunteers.length)})`, `Young people (${count(youngPeople.length)})`],
    rows: [...rows('Gender', (p) => [genderWord(p.gender)]), ...rows('Language', language)],
  };
}

/** Standard 14: complaints received in the year, those resolved by its end, and the median days from receipt to resolution. */
export function complaintsHandled(complaints: EvidenceRecords['complaints'], p: Period) {
  const received = complaints.filter((c) => inPeriod(c.date, p));
  const resolved = received.filter((c) => c.resolvedDate && c.resolvedDate <= p.to);
  return { received: received.length, resolved: resolved.length, medianDays: median(resolved.map((c) => daysBetween(c.date, c.resolvedDate!))) };
}

/** The evidence for each standard the records speak to, by number; the others have only the coordinator's words. */
export function standardsEvidence(records: EvidenceRecords, figures: EvidenceFigures, settings: RecruitmentSettings, p: Period): Record<number, StandardEvidence> {
  const consent = consentsOnActiveMatches(records.matches, records.consents, p.to);
  const checks = checksCompleteAtApproval(records.approvedInYear, settings);
  const lasting = endedAfterAYear(records.matches, p);
  const training = trainingInYear(records.trainingCompleted, p);
  const handled = referralsHandled(records.referrals, p);
  const visits = visitsPerMatchMonth(records.matches, records.visitDates, p);
  const supervision = supervisionsOnTime(records, p);
  const reviews = records.careReviews.filter((r) => inPeriod(r.date, p)).length;
  const complaints = complaintsHandled(records.complaints, p);
  const line = (label: string, value: string | number): EvidenceLine => ({ label, value: typeof value === 'number' ? count(value) : value });
  return {
    3: { lines: [line("Active matches at the year's end", consent.active), line('With a confidentiality agreement in force', shareText(consent.withConsent, consent.active))] },
    5: {
      lines: [
        line('Volunteers approved in the year', checks.approved),
        line('Every required check complete by their approval date', shareText(checks.complete, checks.approved)),
        line('Matches ended in the year', lasting.ended),
        line('Lasted 12 months or more', shareText(lasting.lastedAYear, lasting.ended)),
      ],
    },
    6: { lines: [line('Training modules completed in the year', training.modules), line('Volunteers who completed a module', training.volunteers)] },
    7: {
      lines: [
        line('Referrals received', figures.referralsReceived),
        line("Handled by the year's end (an outcome given or closed)", shareText(handled.handled, handled.received)),
        line('Mean wait from referral to match', weeks(figures.waitingWeeksMean)),
        line('Median wait from referral to match', weeks(figures.waitingWeeksMedian)),
      ],
    },
    8: {
      lines: [
        line('Visits in the year', visits.visits),
        line('Months of matches running in the year', visits.matchMonths),
        line('Visits per active match per month', visits.perMatchMonth === null ? 'no matches running' : oneDecimal(visits.perMatchMonth)),
      ],
    },
    9: {
      lines: [
        line('Supervisions held in the year', supervision.held),
        line('Held by the date the supervision schedule gave', shareText(supervision.onTime, supervision.covered)),
        line('Care reviews held in the year', reviews),
        line('Attended by the independent visitor or the coordinator', shareText(figures.careReviewsAttended, reviews)),
      ],
    },
    13: { lines: [line("Volunteers with the scheme at the year's end", records.volunteersAtEnd.length), line('Young people matched in the year', records.youngPeopleMatched.length)], table: diversityTable(records.volunteersAtEnd, records.youngPeopleMatched) },
    14: {
      lines: [
        line('Complaints received in the year', complaints.received),
        line("Resolved by the year's end", shareText(complaints.resolved, complaints.received)),
        line('Median days to resolve', complaints.medianDays === null ? 'none resolved' : `${count(complaints.medianDays)} days`),
      ],
    },
  };
}

