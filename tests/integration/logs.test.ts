/** The safeguarding and complaints logs a page at a time, and the safeguarding form's search for a person. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { importDocument } from '../../electron/core/interchange/importDocument';
import { unlockedSession } from '../helpers/session';
import type { Session } from '../../electron/core/session';
import type { Complaint, LogPage, PersonChoices, SafeguardingConcern } from '../../shared/contract';
import { addDays } from '../../shared/dates';

const TODAY = '2026-11-23';

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}

describe('the logs, paged', () => {
  let session: Session;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => TODAY }));
    const day = (i: number) => addDays('2024-01-01', i * 5);
    importDocument(
      session.db,
      JSON.stringify({
        format: 'iv-desk/1',
        volunteers: [
          ...Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, firstName: `Sam${i}`, lastName: 'Smith', enquiryDate: '2025-01-01', email: `sam${i}@example.org` })),
          { id: 'v-zoe', firstName: 'Zoë', lastName: 'Brontë', enquiryDate: '2025-01-01' },
        ],
        youngPeople: [
          { id: 'y1', firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' },
          { id: 'y2', firstName: 'Kay', lastName: 'Martin', dateOfBirth: '2013-02-01' },
        ],
        safeguardingConcerns: Array.from({ length: 120 }, (_, i) => ({ id: `s${i}`, date: day(i), youngPersonId: 'y1', summary: `Concern ${i}`, closedDate: i % 4 === 0 ? null : day(i + 1) })),
        complaints: Array.from({ length: 55 }, (_, i) => ({ id: `c${i}`, date: day(i), summary: `Complaint ${i}`, resolvedDate: i < 50 ? day(i + 2) : null })),
      }),
      TODAY,
    );
  });
  afterAll(() => cleanup());

  it('gives the safeguarding log 50 at a time, newest first, with the counts of all and open', async () => {
    const first = await ok<LogPage<SafeguardingConcern>>(session, 'listSafeguardingConcerns', {});
    expect(first).toMatchObject({ total: 120, all: 120, open: 30, page: 1, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].summary).toBe('Concern 119');
    const last = await ok<LogPage<SafeguardingConcern>>(session, 'listSafeguardingConcerns', { page: 3 });
    expect(last.rows.map((r) => r.summary).at(-1)).toBe('Concern 0');
    expect(last.rows).toHaveLength(20);
    // A page past the end (the log got shorter) gives the last page.
    expect((await ok<LogPage<SafeguardingConcern>>(session, 'listSafeguardingConcerns', { page: 9 })).page).toBe(3);
  });

  it('oldest first, and open ones only', async () => {
    const oldest = await ok<LogPage<SafeguardingConcern>>(session, 'listSafeguardingConcerns', { sort: { by: 'date', direction: 'asc' } });
    expect(oldest.rows.slice(0, 2).map((r) => r.summary)).toEqual(['Concern 0', 'Concern 1']);
    const open = await ok<LogPage<SafeguardingConcern>>(session, 'listSafeguardingConcerns', { show: 'open' });
    expect(open).toMatchObject({ total: 30, all: 120, open: 30 });
    expect(open.rows.every((r) => r.closedDate === null)).toBe(true);
  });

  it('pages the complaints the same way', async () => {
    const page = await ok<LogPage<Complaint>>(session, 'listComplaints', { page: 2 });
    expect(page).toMatchObject({ total: 55, all: 55, open: 5, page: 2 });
    expect(page.rows.map((r) => r.summary)).toEqual(['Complaint 4', 'Complaint 3', 'Complaint 2', 'Complaint 1', 'Complaint 0']);
    expect((await ok<LogPage<Complaint>>(session, 'listComplaints', { show: 'open' })).rows.map((r) => r.summary)).toEqual(['Complaint 54', 'Complaint 53', 'Complaint 52', 'Complaint 51', 'Complaint 50']);
  });

  it('refuses a sort it does not offer and a page that is not one', async () => {
    for (const input of [{ sort: { by: 'summary', direction: 'asc' } }, { page: 0 }, { page: 'two' }, { show: 'closed' }]) {
      expect((await dispatch(session, 'listSafeguardingConcerns', input)).ok).toBe(false);
    }
  });

  it("finds people for the form by part of a name, accents and case folded, a few at a time, and one by id; never the log's words", async () => {
    const smiths = await ok<PersonChoices>(session, 'personChoices', { kind: 'volunteer', search: 'smith' });
    expect(smiths.choices).toHaveLength(20);
    expect(smiths.more).toBe(true);
    expect(smiths.choices[0].label).toMatch(/^Sam\d+ Smith \(sam\d+@example\.org\)$/);
    expect((await ok<PersonChoices>(session, 'personChoices', { kind: 'volunteer', search: 'zoe bronte' })).choices.map((c) => c.label)).toEqual(['Zoë Brontë']);
    const kays = await ok<PersonChoices>(session, 'personChoices', { kind: 'young_person', search: 'KAY MAR' });
    expect(kays).toEqual({ choices: [expect.objectContaining({ label: 'Kayden Marsh (born 09/11/2012)' }), expect.objectContaining({ label: 'Kay Martin (born 01/02/2013)' })], more: false });
    const byId = await ok<PersonChoices>(session, 'personChoices', { kind: 'young_person', id: kays.choices[1].id });
    expect(byId.choices.map((c) => c.label)).toEqual(['Kay Martin (born 01/02/2013)']);
    expect((await ok<PersonChoices>(session, 'personChoices', { kind: 'young_person', search: 'Concern' })).choices).toEqual([]);
    expect((await dispatch(session, 'personChoices', { kind: 'referral', search: 'x' })).ok).toBe(false);
  });
});
