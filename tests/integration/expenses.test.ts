/**
 * A month's expenses and claim sheets in one call: the same totals as adding up each
 * match's visits the old way (a call per volunteer and match), on the bench's seeded
 * scheme; the CSV; bad months refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { unlockedSession } from '../helpers/session';
import { generateScheme, BENCH_TODAY } from '../bench/generate';
import type { Session } from '../../electron/core/session';
import type { ExpensesMonth, Match, MatchSummary } from '../../shared/contract';
import { addDays, addMonths } from '../../shared/dates';

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}

const approved = (id: string, firstName: string, lastName: string) => ({ id, firstName, lastName, enquiryDate: '2025-01-01', applicationDate: '2025-02-01', approvedDate: '2025-04-01' });

describe('a month of expenses on a small scheme', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => '2026-11-23', schemeName: 'Northshire IVs' }));
    const doc = {
      format: 'iv-desk/1',
      scheme: { name: 'Northshire IVs', mileageRatePence: 45 },
      volunteers: [approved('v-z', '=HYPERLINK("x")', 'Adams'), approved('v-a', 'Amira', 'Khan')],
      youngPeople: [
        { id: 'y1', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' },
        { id: 'y2', firstName: 'Lily', lastName: 'Park', dateOfBirth: '2011-03-02' },
      ],
      referrals: [
        { id: 'r1', youngPersonId: 'y1', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-05' },
        { id: 'r2', youngPersonId: 'y2', date: '2026-06-01', outcome: 'accepted', outcomeDate: '2026-06-05' },
      ],
      matches: [
        { id: 'm1', referralId: 'r1', volunteerId: 'v-a', proposedDate: '2026-07-01', startDate: '2026-07-10' },
        { id: 'm2', referralId: 'r2', volunteerId: 'v-z', proposedDate: '2026-07-01', startDate: '2026-07-10' },
      ],
      visits: [
        { id: 'a', matchId: 'm1', date: '2026-10-31', activity: 'Cinema', activityCostPence: 1250, miles: 10, transportCostPence: 450 },
        { id: 'b', matchId: 'm1', date: '2026-10-01', activity: 'Football', activityCostPence: 3500, miles: 20, transportCostPence: 900 },
        { id: 'c', matchId: 'm1', date: '2026-11-01', activityCostPence: 999 },
        { id: 'd', matchId: 'm2', date: '2026-10-15', activity: 'Walk' },
      ],
    };
    importDocument(session.db, JSON.stringify(doc), '2026-11-23');
  });
  afterAll(() => cleanup());

  it('gives each volunteer a sheet, by last name, their visits oldest first, young people by initials, with totals', async () => {
    const month = await ok<ExpensesMonth>(session, 'expenses', { month: '2026-10' });
    expect(month).toMatchObject({ month: '2026-10', schemeName: 'Northshire IVs', ratePence: 45 });
    expect(month.sheets.map((s) => s.volunteerName)).toEqual(['=HYPERLINK("x") Adams', 'Amira Khan']);
    const [zoe, amira] = month.sheets;
    expect(zoe.totals).toEqual({ visits: 1, activityPence: 0, miles: 0, transportPence: 0, totalPence: 0 });
    expect(amira.visits.map((v) => [v.date, v.youngPersonInitials, v.activity])).toEqual([
      ['2026-10-01', 'K. M.', 'Football'],
      ['2026-10-31', 'K. M.', 'Cinema'],
    ]);
    expect(amira.totals).toEqual({ visits: 2, activityPence: 4750, miles: 30, transportPence: 1350, totalPence: 6100 });
    expect(month.totals).toEqual({ visits: 3, activityPence: 4750, miles: 30, transportPence: 1350, totalPence: 6100 });
    expect(JSON.stringify(month)).not.toMatch(/Kayden|Marsh|Lily/);
  });

  it('one volunteer only, and a month with nothing in it', async () => {
    const one = await ok<ExpensesMonth>(session, 'expenses', { month: '2026-10', volunteerId: 2 });
    expect(one.sheets.map((s) => s.volunteerName)).toEqual(['Amira Khan']);
    const none = await ok<ExpensesMonth>(session, 'expenses', { month: '2025-01' });
    expect(none.sheets).toEqual([]);
    expect(none.totals.totalPence).toBe(0);
  });

  it('the CSV has the same totals, formula-like names quoted', async () => {
    const file = await ok<{ fileName: string; text: string }>(session, 'expensesCsv', { month: '2026-10' });
    expect(file.fileName).toBe('iv-desk-expenses-2026-10.csv');
    expect(file.text.split('\r\n').slice(1, 3)).toEqual([`"'=HYPERLINK(""x"") Adams",2026-10,1,0.00,0,0.00,0.00`, 'Amira Khan,2026-10,2,47.50,30,13.50,61.00']);
  });

  it('refuses a month that is not one, in plain words', async () => {
    for (const month of ['2026-13', '2026-1', 'October', '']) {
      const r = await dispatch(session, 'expenses', { month });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/month/i);
    }
  });
});

describe('on the bench scheme, the one call agrees with adding up each match', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => BENCH_TODAY }));
    importDocument(session.db, JSON.stringify(generateScheme(undefined, 0.1)), BENCH_TODAY);
  }, 300_000);
  afterAll(() => cleanup());

  /** What the screen used to do: every volunteer's matches, each match's visits, added up by hand. */
  async function theOldWay(month: string) {
    const from = `${month}-01`;
    const to = addDays(addMonths(from, 1), -1);
    const all = await ok<MatchSummary[]>(session, 'listMatches', {});
    const byVolunteer = new Map<number, { visits: number; activityPence: number; miles: number; transportPence: number; totalPence: number }>();
    for (const summary of all.filter((m) => m.startDate && m.startDate <= to && (!m.endDate || m.endDate >= from))) {
      const match = await ok<Match>(session, 'getMatch', { id: summary.id });
      for (const v of match.visits.filter((x) => x.date >= from && x.date <= to)) {
        const t = byVolunteer.get(match.volunteerId) ?? { visits: 0, activityPence: 0, miles: 0, transportPence: 0, totalPence: 0 };
        t.visits += 1;
        t.activityPence += v.activityCostPence ?? 0;
        t.miles += v.miles ?? 0;
        t.transportPence += v.transportCostPence ?? 0;
        t.totalPence = t.activityPence + t.transportPence;
        byVolunteer.set(match.volunteerId, t);
      }
    }
    return byVolunteer;
  }

  it.each(['2026-10', '2026-03', '2024-07'])('%s', async (month) => {
    const now = await ok<ExpensesMonth>(session, 'expenses', { month });
    const old = await theOldWay(month);
    expect(now.sheets.length).toBeGreaterThan(10);
    expect(now.sheets.map((s) => s.volunteerId).sort()).toEqual([...old.keys()].sort());
    for (const sheet of now.sheets) {
      const before = old.get(sheet.volunteerId)!;
      expect({ ...sheet.totals, miles: Math.round(sheet.totals.miles * 100) }).toEqual({ ...before, miles: Math.round(before.miles * 100) });
      expect(sheet.visits.map((v) => v.date)).toEqual([...sheet.visits.map((v) => v.date)].sort());
    }
    expect(now.totals.visits).toBe(now.sheets.reduce((n, s) => n + s.totals.visits, 0));
  });
});
