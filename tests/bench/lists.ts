/**
 * The volunteers and young people lists against hand-written SQL that finds the same page:
 * the same people in the same order, and the same total. The SQL states the status rules
 * for itself (the app keeps them in their pure functions); that is what makes it a floor.
 */
import type { Session } from '../../electron/core/session';
import { volunteersPage } from '../../electron/core/services/volunteers';
import { youngPeoplePage } from '../../electron/core/services/youngPeople';
import { contract } from '../../shared/contract';
import { PAGE_SIZE } from '../../shared/lists/paging';
import { againstFloor } from './measure';
import { BENCH_TODAY } from './generate';

const done = (column: string) => `coalesce(${column}, '9999') <= $t`;
const CLOSED_VOLUNTEER = `((${done('approved_date')} AND ${done('left_date')}) OR (NOT ${done('approved_date')} AND (${done('withdrawn_date')} OR ${done('rejected_date')})))`;
const ACTIVE_VOLUNTEER = `(${done('approved_date')} AND NOT ${done('left_date')} AND NOT EXISTS (SELECT 1 FROM volunteer_inactive_periods p WHERE p.volunteer_id = v.id AND p.from_date <= $t AND NOT ${done('p.to_date')}))`;

// A match active on the day: started, not ended.
const ACTIVE_MATCH = `m.start_date <= $t AND NOT ${done('m.end_date')}`;
// Where each young person's latest referral stands (waiting as domain.md defines it).
const YOUNG_PEOPLE = `
  WITH latest AS (
    SELECT y.id, y.last_name, y.first_name,
      (SELECT r.id FROM referrals r WHERE r.young_person_id = y.id ORDER BY r.date DESC, r.id DESC LIMIT 1) AS referral_id
    FROM young_people y
  ), judged AS (
    SELECT l.*, r.date AS referred, r.outcome, r.outcome_date, r.closed_date,
      EXISTS (SELECT 1 FROM matches m WHERE m.referral_id = r.id AND ${ACTIVE_MATCH}) AS matched,
      (SELECT m.end_date IS NOT NULL AND m.end_date <= $t AND m.rematch_wanted FROM matches m WHERE m.referral_id = r.id AND m.start_date <= $t ORDER BY m.start_date DESC LIMIT 1) AS rematch
    FROM latest l LEFT JOIN referrals r ON r.id = l.referral_id
  ), statuses AS (
    SELECT id, last_name, first_name, matched,
      referral_id IS NOT NULL AND NOT matched AND NOT (referred <= $t AND (outcome IN ('pending', 'accepted') OR coalesce(outcome_date, referred) > $t)
        AND NOT ${done('closed_date')} AND coalesce(rematch, 1)) AS closed
    FROM judged
  )`;

interface Page {
  ids: number[];
  total: number;
}
const samePage = (app: { rows: { id: number }[]; total: number }, floor: Page) => app.total === floor.total && JSON.stringify(app.rows.map((r) => r.id)) === JSON.stringify(floor.ids);

export function listScreens(session: Session): void {
  const sqlite = session.connection.sqlite;
  const floor = (from: string, where: string, order: string) => {
    const page = sqlite.prepare(`${from} SELECT id FROM ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE}`).pluck();
    const count = sqlite.prepare(`${from} SELECT count(*) FROM ${where}`).pluck();
    return (): Page => ({ ids: page.all({ t: BENCH_TODAY }) as number[], total: count.get({ t: BENCH_TODAY }) as number });
  };
  const volunteers = (input: object) => () => volunteersPage(session.db, contract.volunteersPage.input.parse(input), BENCH_TODAY);
  const youngPeople = (input: object) => () => youngPeoplePage(session.db, contract.youngPeoplePage.input.parse(input), BENCH_TODAY);

  againstFloor('Volunteers list, page 1 (current, by name)', volunteers({}), floor('', `volunteers v WHERE NOT ${CLOSED_VOLUNTEER}`, 'last_name, first_name, id'), samePage);
  againstFloor('Volunteers list, approved and active', volunteers({ status: 'active' }), floor('', `volunteers v WHERE ${ACTIVE_VOLUNTEER}`, 'last_name, first_name, id'), samePage);
  againstFloor(
    'Volunteers list, newest approval first',
    volunteers({ sort: { by: 'approvedDate', direction: 'desc' } }),
    floor('', `volunteers v WHERE NOT ${CLOSED_VOLUNTEER}`, 'approved_date IS NULL, approved_date DESC, last_name, first_name, id'),
    samePage,
  );
  againstFloor('Young people list, page 1 (current, by name)', youngPeople({}), floor(YOUNG_PEOPLE, 'statuses WHERE NOT closed', 'last_name, first_name, id'), samePage);
  againstFloor('Young people list, matched', youngPeople({ status: 'matched' }), floor(YOUNG_PEOPLE, 'statuses WHERE matched', 'last_name, first_name, id'), samePage);
}
