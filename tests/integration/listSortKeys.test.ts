/**
 * The lists' name order from the sort-key index (migration 0010) and the volunteers list's
 * status narrowing in SQL, on a real encrypted database: accents, case, apostrophes and
 * hyphens in the collator's order, ties by first name then id, a renamed volunteer moving,
 * an imported one in its place, and CLOSED_SQL and INACTIVE_SQL giving what closedStatus
 * and inactiveOn give.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { Session } from '../../electron/core/session';
import { CLOSED_SQL, INACTIVE_SQL } from '../../electron/core/services/volunteerList';
import { closedStatus, inactiveOn } from '../../shared/volunteers/stage';
import type { VolunteerList, YoungPersonListRow } from '../../shared/contract';
import type { ListPage } from '../../shared/lists/paging';
import { unlockedSession } from '../helpers/session';

const TODAY = '2026-12-01';

async function ok<T>(session: Session, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const NAMES: [string, string][] = [
  ['Zoë', 'Oakley'],
  ['Aoife', "O'Brien"],
  ['Sean', 'O\u2019Neill'],
  ['élodie', 'öztürk'],
  ['Ben', 'SMITH'],
  ['Amy', 'smith'],
  ['Amy', 'Smith'],
  ['Cara', 'Smith-Jones'],
  ['Dan', 'Smithers'],
  ['Eve', 'Straße'],
  ['Fay', 'Strasser'],
];
// As the en-GB collator orders them: apostrophes before letters, "Smith" before "Smith-Jones" before "Smithers", ß as ss, ties by first name then id.
const EXPECTED = ["Aoife O'Brien", 'Sean O\u2019Neill', 'Zoë Oakley', 'élodie öztürk', 'Amy smith', 'Amy Smith', 'Ben SMITH', 'Cara Smith-Jones', 'Dan Smithers', 'Eve Straße', 'Fay Strasser'];

const volunteerNames = (list: VolunteerList) => list.rows.map((v) => `${v.firstName} ${v.lastName}`);

describe('the lists in name order from the sort-key index', () => {
  let session: Session;
  let cleanup: () => void;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
    for (const [firstName, lastName] of NAMES) {
      const { id } = await ok<{ id: number }>(session, 'createVolunteer', { firstName, lastName, enquiryDate: '2026-11-01' });
      ids.set(`${firstName} ${lastName}`, id);
      await ok(session, 'createYoungPerson', { firstName, lastName, dateOfBirth: '2012-03-27' });
    }
  });
  afterAll(() => cleanup());

  it('orders volunteers and young people by last name as the collator does (case, accents, apostrophes, hyphens), ties by first name then id', async () => {
    expect(volunteerNames(await ok<VolunteerList>(session, 'volunteersPage', {}))).toEqual(EXPECTED);
    const young = await ok<ListPage<YoungPersonListRow>>(session, 'youngPeoplePage', {});
    expect(young.rows.map((y) => `${y.firstName} ${y.lastName}`)).toEqual(EXPECTED);
    // The two Amy Smiths tie on the key: the older record first, either way round.
    const [first, second] = [ids.get('Amy smith')!, ids.get('Amy Smith')!];
    expect(first).toBeLessThan(second);
    const backwards = volunteerNames(await ok<VolunteerList>(session, 'volunteersPage', { sort: { by: 'name', direction: 'desc' } }));
    expect(backwards.slice(4, 7)).toEqual(['Ben SMITH', 'Amy smith', 'Amy Smith']);
  });

  it('reads the page in index order rather than sorting every volunteer', () => {
    const plan = (sql: string) => (session.connection.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ t: TODAY, offset: 0 }) as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan(`SELECT id FROM volunteers WHERE 1 AND (${CLOSED_SQL}) IS NULL ORDER BY iv_sort_key(last_name) ASC, iv_sort_key(first_name) ASC, id LIMIT 50`)).toMatch(/USING INDEX volunteers_sort_name/);
    expect(plan('SELECT id FROM young_people ORDER BY iv_sort_key(last_name), iv_sort_key(first_name), id')).toMatch(/young_people_sort_name/);
  });

  it('moves a renamed volunteer to their new place, and puts an imported one in its place', async () => {
    const id = ids.get('Dan Smithers')!;
    await ok(session, 'updateVolunteer', { id, firstName: 'Dan', lastName: 'Abbott', enquiryDate: '2026-11-01' });
    const renamed = volunteerNames(await ok<VolunteerList>(session, 'volunteersPage', {}));
    expect(renamed[0]).toBe('Dan Abbott');
    expect(renamed).not.toContain('Dan Smithers');

    await ok(session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', volunteers: [{ id: 'imported-1', firstName: 'Ima', lastName: 'Ó Súilleabháin', enquiryDate: '2026-11-02' }] }) });
    const imported = volunteerNames(await ok<VolunteerList>(session, 'volunteersPage', {}));
    // A space comes before an apostrophe, as in the collator: "Ó Súilleabháin" before "O'Brien".
    expect(imported.slice(0, 3)).toEqual(['Dan Abbott', 'Ima Ó Súilleabháin', "Aoife O'Brien"]);
    expect(session.connection.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('CLOSED_SQL and INACTIVE_SQL', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => ({ session, cleanup } = await unlockedSession({ today: () => TODAY })));
  afterAll(() => cleanup());

  it('gives what closedStatus gives, for every mix of dates before, on and after the day, blank or missing', () => {
    const statement = session.connection.sqlite
      .prepare(`SELECT ${CLOSED_SQL} AS closed FROM (SELECT @approved AS approved_date, @left AS left_date, @withdrawn AS withdrawn_date, @rejected AS rejected_date)`)
      .pluck();
    const date = fc.constantFrom(null, '', '2026-11-30', TODAY, '2026-12-02');
    fc.assert(
      fc.property(date, date, date, date, (approvedDate, leftDate, withdrawnDate, rejectedDate) => {
        const sql = statement.get({ approved: approvedDate, left: leftDate, withdrawn: withdrawnDate, rejected: rejectedDate, t: TODAY });
        return sql === closedStatus({ approvedDate, leftDate, withdrawnDate, rejectedDate }, TODAY);
      }),
      { numRuns: 2000 },
    );
  });

  it('INACTIVE_SQL gives what inactiveOn gives, for periods starting and ending before, on and after the day, open or blank', async () => {
    const { sqlite } = session.connection;
    const statement = sqlite.prepare(`SELECT ${INACTIVE_SQL} FROM volunteers WHERE id = @id`).pluck();
    const { id } = await ok<{ id: number }>(session, 'createVolunteer', { firstName: 'Inactive', lastName: 'Periods', enquiryDate: '2020-01-01' });
    const date = fc.constantFrom('2026-11-30', TODAY, '2026-12-02');
    const end = fc.constantFrom(null, '', '2026-11-30', TODAY, '2026-12-02');
    fc.assert(
      fc.property(fc.array(fc.record({ from: date, to: end }), { maxLength: 3 }), (periods) => {
        sqlite.prepare('DELETE FROM volunteer_inactive_periods WHERE volunteer_id = ?').run(id);
        for (const p of periods) sqlite.prepare('INSERT INTO volunteer_inactive_periods (volunteer_id, from_date, to_date) VALUES (?, ?, ?)').run(id, p.from, p.to);
        return (statement.get({ id, t: TODAY }) === 1) === inactiveOn({ inactivePeriods: periods.map((p) => ({ ...p, reason: null, expectedReturn: null })) }, TODAY);
      }),
      { numRuns: 500 },
    );
  });
});
