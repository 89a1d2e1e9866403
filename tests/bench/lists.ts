/**
 * The volunteers and young people lists against hand-written SQL that finds the same page:
 * the same people in the same order with the columns the screen shows (name, status, area,
 * the dates shown, the IV), the same total, and for volunteers the areas the filter offers. The SQL states the status rules for itself
 * (the app keeps them in their pure functions); that is what makes it a floor.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Session } from '../../electron/core/session';
import { volunteersPage } from '../../electron/core/services/volunteers';
import { youngPeoplePage } from '../../electron/core/services/youngPeople';
import { getRecruitmentSettings } from '../../electron/core/services/settings';
import { contract } from '../../shared/contract';
import { PAGE_SIZE } from '../../shared/lists/paging';
import { againstFloor } from './measure';
import { BENCH_TODAY } from './generate';
import { latestStarted, proposedOn, waitingOn } from './waitingSql';

const done = (column: string) => `coalesce(${column}, '9999') <= $t`;
const given = (column: string) => `coalesce(${column}, '') <> ''`;

// Where a volunteer stands (shared/volunteers/stage.ts), the approval checks as parameters.
const VOLUNTEERS = `
  WITH judged AS (SELECT v.*, CASE
    WHEN ${done('approved_date')} THEN CASE WHEN ${done('left_date')} THEN 'left'
      WHEN EXISTS (SELECT 1 FROM volunteer_inactive_periods p WHERE p.volunteer_id = v.id AND p.from_date <= $t AND NOT ${done('p.to_date')}) THEN 'inactive' ELSE 'active' END
    WHEN ${done('withdrawn_date')} THEN 'withdrawn'
    WHEN ${done('rejected_date')} THEN 'rejected'
    WHEN NOT ${given('application_date')} THEN 'enquiry'
    WHEN $interview AND NOT (${given('interview_date')} AND interview_outcome = 'proceed') THEN 'interview'
    WHEN (SELECT count(*) FROM volunteer_references r WHERE r.volunteer_id = v.id AND ${given('r.received_date')} AND r.satisfactory = 1) < $references THEN 'references'
    WHEN $dbs AND NOT (${given('dbs_certificate_number')} AND ${given('dbs_issue_date')} AND ${given('dbs_outcome')}) THEN 'dbs'
    WHEN $training AND EXISTS (SELECT 1 FROM json_each($modules) m WHERE m.value NOT IN (SELECT module FROM volunteer_training t WHERE t.volunteer_id = v.id AND ${given('t.completed_date')})) THEN 'training'
    ELSE 'approval' END AS status
  FROM volunteers v)`;
const VOLUNTEER_COLUMNS = 'id, first_name AS firstName, last_name AS lastName, status, area, enquiry_date AS enquiryDate, approved_date AS approvedDate';
// Closed as at the day, from the volunteer's own dates only.
const CLOSED_VOLUNTEER = `((${done('approved_date')} AND ${done('left_date')}) OR (NOT ${done('approved_date')} AND (${done('withdrawn_date')} OR ${done('rejected_date')})))`;

// A young person's IV now: the earliest proposed of their matches not ended and started, else the earliest not ended (proposed).
const ivMatch = (started: string) =>
  `(SELECT m.id FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE r.young_person_id = l.id AND NOT ${done('m.end_date')}${started} ORDER BY m.proposed_date, m.id LIMIT 1)`;
// Where each young person's latest referral stands (shared/youngPeople/serviceStatus.ts).
const YOUNG_PEOPLE = `
  WITH latest AS (
    SELECT y.id, y.last_name, y.first_name, y.date_of_birth, y.area,
      (SELECT r.id FROM referrals r WHERE r.young_person_id = y.id ORDER BY r.date DESC, r.id DESC LIMIT 1) AS referral_id
    FROM young_people y
  ), judged AS (
    SELECT l.*, CASE WHEN r.id IS NULL THEN 'no_referral'
        WHEN ${waitingOn('$t')} THEN CASE WHEN ${proposedOn('$t')} THEN 'being_matched' ELSE 'awaiting_iv' END
        WHEN EXISTS (SELECT 1 FROM matches m WHERE m.referral_id = r.id AND m.start_date <= $t AND NOT ${done('m.end_date')}) THEN 'matched'
        ELSE 'closed' END AS status,
      CASE WHEN ${waitingOn('$t')} THEN coalesce(${latestStarted('$t', 'm.end_date')}, r.date) END AS waiting_since,
      ${ivMatch(' AND m.start_date <= $t')} AS started_match, ${ivMatch('')} AS any_match
    FROM latest l LEFT JOIN referrals r ON r.id = l.referral_id
  )`;
const YOUNG_PERSON_COLUMNS = `j.id, j.first_name AS firstName, j.last_name AS lastName, j.date_of_birth AS dateOfBirth, j.area, j.status, j.waiting_since AS waitingSince,
  v.id AS ivId, v.first_name || ' ' || v.last_name AS ivName, j.started_match IS NULL AS ivProposed`;
const YOUNG_PERSON_FROM = `judged j LEFT JOIN matches m ON m.id = coalesce(j.started_match, j.any_match) LEFT JOIN volunteers v ON v.id = m.volunteer_id`;

interface Page {
  rows: Record<string, unknown>[];
  total: number;
}

/** The columns the screen shows, from an app row or a floor row. */
const shown = (columns: string[]) => (row: object) => columns.map((c) => (row as Record<string, unknown>)[c]);
const volunteerRow = shown(['id', 'firstName', 'lastName', 'status', 'area', 'enquiryDate', 'approvedDate']);
const youngPersonRow = shown(['id', 'firstName', 'lastName', 'dateOfBirth', 'area', 'status', 'waitingSince', 'iv']);

const samePage = (row: (r: object) => unknown[]) => (app: { rows: object[]; total: number }, floor: Page) =>
  app.total === floor.total && isDeepStrictEqual(app.rows.map(row), floor.rows.map(row));

export function listScreens(session: Session): void {
  const sqlite = session.connection.sqlite;
  const { approvalChecks, trainingModules } = getRecruitmentSettings(session.db);
  const params = {
    t: BENCH_TODAY,
    interview: approvalChecks.interview ? 1 : 0,
    references: approvalChecks.references,
    dbs: approvalChecks.dbs ? 1 : 0,
    training: approvalChecks.training ? 1 : 0,
    modules: JSON.stringify(trainingModules),
  };
  const floor = (from: string, columns: string, where: string, order: string, row: (r: Record<string, unknown>) => Record<string, unknown> = (r) => r) => {
    const page = sqlite.prepare(`${from} SELECT ${columns} FROM ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE}`);
    const count = sqlite.prepare(`${from} SELECT count(*) FROM ${where}`).pluck();
    return (): Page => ({ rows: (page.all(params) as Record<string, unknown>[]).map(row), total: count.get(params) as number });
  };
  const volunteers = (input: object) => () => volunteersPage(session.db, contract.volunteersPage.input.parse(input), BENCH_TODAY);
  const youngPeople = (input: object) => () => youngPeoplePage(session.db, contract.youngPeoplePage.input.parse(input), BENCH_TODAY);
  // The screen's area filter lists every area volunteers live in, so its page answer carries them (the bench's areas are trimmed and of one case).
  const areas = sqlite.prepare(`SELECT DISTINCT area FROM volunteers WHERE area > '' ORDER BY 1`).pluck();
  const volunteerFloor = (where: string, order: string) => {
    const page = floor(VOLUNTEERS, VOLUNTEER_COLUMNS, `judged v WHERE ${where}`, order);
    return () => ({ ...page(), areas: areas.all() as string[] });
  };
  const sameVolunteerPage = (app: { rows: object[]; total: number; areas: string[] }, floor: Page & { areas: string[] }) =>
    samePage(volunteerRow)(app, floor) && isDeepStrictEqual(app.areas, floor.areas);
  const youngPersonFloor = (where: string) =>
    floor(YOUNG_PEOPLE, YOUNG_PERSON_COLUMNS, `${YOUNG_PERSON_FROM} WHERE ${where}`, 'j.last_name, j.first_name, j.id', ({ ivId, ivName, ivProposed, ...r }) => ({
      ...r,
      iv: ivId === null ? null : { volunteerId: ivId, name: ivName, proposed: ivProposed === 1 },
    }));
  const byName = 'last_name, first_name, id';

  againstFloor('Volunteers list, page 1 (current, by name)', volunteers({}), volunteerFloor(`NOT ${CLOSED_VOLUNTEER}`, byName), sameVolunteerPage);
  againstFloor('Volunteers list, approved and active', volunteers({ status: 'active' }), volunteerFloor(`status = 'active'`, byName), sameVolunteerPage);
  againstFloor(
    'Volunteers list, newest approval first',
    volunteers({ sort: { by: 'approvedDate', direction: 'desc' } }),
    volunteerFloor(`NOT ${CLOSED_VOLUNTEER}`, `approved_date IS NULL, approved_date DESC, ${byName}`),
    sameVolunteerPage,
  );
  againstFloor('Young people list, page 1 (current, by name)', youngPeople({}), youngPersonFloor(`j.status <> 'closed'`), samePage(youngPersonRow));
  againstFloor('Young people list, matched', youngPeople({ status: 'matched' }), youngPersonFloor(`j.status = 'matched'`), samePage(youngPersonRow));
}
