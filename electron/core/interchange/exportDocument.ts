import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme, volunteers } from '../db/schema';
import { getScheme } from '../services/scheme';
import { FORMAT, type InterchangeDocument } from '../../../shared/interchange/format';
import { compact } from './compact';
import { loadVolunteers } from '../services/volunteerRecords';
import { getCaseSettings, getRecruitmentSettings } from '../services/settings';
import { volunteerToInterchange } from './volunteers';
import { exportCases, type CaseFilter } from './cases';
import { exportMatches } from './matches';
import { exportSupervisions } from './supervisions';
import { exportCareReviews } from './careReviews';
import { exportTodayDecisions } from './todayDecisions';
import { exportReportWriting } from './reportWriting';
import { getReportSettings } from '../services/reportSettings';
import { matchesOf } from '../services/todayDecisions';
import { refMap } from './refs';
import { UserError } from '../errors';
import { concernsHistoryFor, fullHistory } from '../services/audit';
import type { HistoryEntry } from '../../../shared/contract';

/** Settings are exported only once the coordinator has changed them from the defaults. */
function storedSettings(db: Db) {
  const row = db.select({ recruitment: scheme.recruitmentSettings, cases: scheme.caseSettings, reports: scheme.reportSettings }).from(scheme).where(eq(scheme.id, 1)).get();
  return {
    recruitmentSettings: row?.recruitment ? getRecruitmentSettings(db) : null,
    caseSettings: row?.cases ? getCaseSettings(db) : null,
    reportSettings: row?.reports ? getReportSettings(db) : null,
  };
}

export function exportVolunteers(db: Db, only?: Set<number>) {
  const refs = refMap(db, volunteers);
  return loadVolunteers(db, only ? [...only] : undefined).map((v) => volunteerToInterchange(v, refs.get(v.id)!));
}

/** The whole scheme. The safeguarding log is included only when asked for deliberately. */
export function exportDocument(db: Db, options: { includeSafeguarding?: boolean; now?: Date } = {}): InterchangeDocument {
  const includeSafeguarding = options.includeSafeguarding ?? false;
  const { safeguardingConcerns, ...cases } = exportCases(db, { includeSafeguarding });
  return {
    format: FORMAT,
    exportedAt: (options.now ?? new Date()).toISOString(),
    scheme: compact({ ...getScheme(db), ...storedSettings(db) }),
    volunteers: exportVolunteers(db),
    ...cases,
    ...exportMatches(db),
    supervisions: exportSupervisions(db),
    ...exportCareReviews(db),
    todayDecisions: exportTodayDecisions(db),
    ...exportReportWriting(db),
    ...(includeSafeguarding ? { safeguardingConcerns } : {}),
  };
}

/** Everything held about one person, for a subject access request: the safeguarding log included. */
/** What a subject-access export holds besides the records: the history of every change to them. */
export interface SubjectAccessDocument extends InterchangeDocument {
  history: HistoryEntry[];
  safeguardingHistory: HistoryEntry[];
}

export function subjectAccessDocument(db: Db, who: { kind: 'volunteer' | 'young_person'; id: number }, now = new Date()): SubjectAccessDocument {
  const historyKind = who.kind === 'volunteer' ? 'volunteers' : 'young_people';
  const filter: CaseFilter = who.kind === 'volunteer' ? { volunteerIds: new Set([who.id]), youngPersonIds: new Set() } : { youngPersonIds: new Set([who.id]), volunteerIds: new Set() };
  const cases = exportCases(db, { includeSafeguarding: true, filter });
  const matchIds = new Set(matchesOf(db, [who]));
  return {
    format: FORMAT,
    exportedAt: now.toISOString(),
    volunteers: who.kind === 'volunteer' ? exportVolunteers(db, new Set([who.id])) : [],
    youngPeople: cases.youngPeople,
    referrals: cases.referrals,
    consents: cases.consents,
    // A person's own matches, visits, contacts and feedback; the other party is named only by their id.
    ...exportMatches(db, (m, youngPersonId) => (who.kind === 'volunteer' ? m.volunteerId === who.id : youngPersonId === who.id)),
    // A volunteer's supervisions; a young person's care reviews and the updates for them.
    supervisions: who.kind === 'volunteer' ? exportSupervisions(db, filter.volunteerIds) : [],
    ...(who.kind === 'young_person' ? exportCareReviews(db, filter.youngPersonIds) : { careReviews: [], careReviewUpdates: [] }),
    // What was snoozed or dismissed on Today about them or their matches, with the reasons.
    todayDecisions: exportTodayDecisions(db, (kind, id) => (kind === 'match' ? matchIds.has(id) : kind === who.kind && id === who.id)),
    safeguardingConcerns: cases.safeguardingConcerns,
    // Every change to their records, as the History section shows it, and the safeguarding log's own history of the concerns about them.
    history: fullHistory(db, historyKind, who.id),
    safeguardingHistory: concernsHistoryFor(db, historyKind, who.id),
  };
}

/** The subject access export with the person it is about; refused plainly when there is no such person. */
export function subjectAccessOf(db: Db, who: { kind: 'volunteer' | 'young_person'; id: number }) {
  const document = subjectAccessDocument(db, who);
  const person = document.volunteers?.[0] ?? document.youngPeople?.[0];
  if (!person) throw new UserError('not_found', 'That person could not be found.');
  return { document, person };
}

export function exportFileName(schemeName: string, today: string): string {
  const safe = schemeName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'scheme';
  return `iv-desk-${safe}-${today}.json`;
}
