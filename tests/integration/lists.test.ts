/**
 * The volunteers, young people and matches lists, a page at a time, on a real encrypted
 * database holding a small seeded scheme (more than a page of each). Each page is checked
 * against what the record calls say one by one: the statuses from the full records, the
 * order from the names and dates, the totals from counting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { Session } from '../../electron/core/session';
import type { MatchList, MatchSummary, Volunteer, VolunteerList, VolunteerSummary, YoungPerson, YoungPersonListRow } from '../../shared/contract';
import type { ListPage } from '../../shared/lists/paging';
import { generateScheme, BENCH_TODAY } from '../bench/generate';
import { unlockedSession } from '../helpers/session';

async function ok<T>(session: Session, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const CLOSED = ['left', 'withdrawn', 'rejected'];
const byName = (a: { lastName: string; firstName: string; id: number }, b: typeof a) => a.lastName.localeCompare(b.lastName, 'en-GB', { sensitivity: 'base' }) || a.firstName.localeCompare(b.firstName, 'en-GB', { sensitivity: 'base' }) || a.id - b.id;
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

/** Every page of a list, asked for one after another. */
async function everyPage<T extends { id: number }>(session: Session, name: string, input: object): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const answer = await ok<ListPage<T>>(session, name, { ...input, page });
    rows.push(...answer.rows);
    if (page * answer.pageSize >= answer.total) return rows;
  }
}

/** Empty values last, either way; otherwise in the order asked for. */
function expectOrdered(values: (string | null)[], direction: 'asc' | 'desc') {
  const filled = values.filter((v): v is string => v !== null);
  expect(values.slice(0, filled.length)).toEqual(filled);
  expect(filled).toEqual([...filled].sort((a, b) => (direction === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
}

describe('The people and matches lists, paged and sorted', () => {
  let session: Session;
  let cleanup: () => void;
  let volunteers: Volunteer[];
  let youngPeople: YoungPerson[];
  let matches: MatchSummary[];

  beforeAll(async () => {
    ({ session, cleanup } = await unlockedSession({ today: () => BENCH_TODAY }));
    await ok(session, 'importData', { text: JSON.stringify(generateScheme(7, 0.05)) });
    const everyVolunteer = await ok<VolunteerSummary[]>(session, 'listVolunteers', {});
    volunteers = await Promise.all(everyVolunteer.map((v) => ok<Volunteer>(session, 'getVolunteer', { id: v.id })));
    const everyYoungPerson = await ok<{ id: number }[]>(session, 'listYoungPeople', {});
    youngPeople = await Promise.all(everyYoungPerson.map((y) => ok<YoungPerson>(session, 'getYoungPerson', { id: y.id })));
    matches = await ok<MatchSummary[]>(session, 'listMatches', {});
    expect(volunteers.length).toBeGreaterThan(50);
    expect(youngPeople.length).toBeGreaterThan(100);
    expect(matches.length).toBeGreaterThan(60);
  }, 240_000);
  afterAll(() => cleanup());

  it('volunteers: current ones by name, 50 a page, with the status each full record gives', async () => {
    const current = volunteers.filter((v) => !CLOSED.includes(v.status)).sort(byName);
    const first = await ok<VolunteerList>(session, 'volunteersPage', {});
    expect(first).toMatchObject({ page: 1, pageSize: 50, total: current.length });
    expect(ids(first.rows)).toEqual(ids(current.slice(0, 50)));
    const listed = await everyPage<VolunteerSummary>(session, 'volunteersPage', {});
    expect(ids(listed)).toEqual(ids(current));
    expect(listed.map((v) => [v.id, v.status, v.dbsCheckDue])).toEqual(current.map((v) => [v.id, v.status, v.dbsCheckDue?.date ?? null]));
    expect(first.areas).toEqual([...new Set(volunteers.map((v) => v.area!))].sort());
  });

  it('volunteers: those who left or withdrew only when asked for; All counts everyone', async () => {
    for (const status of ['left', 'withdrawn', 'active', 'enquiry']) {
      const answer = await everyPage<VolunteerSummary>(session, 'volunteersPage', { status });
      expect(ids(answer), status).toEqual(ids(volunteers.filter((v) => v.status === status).sort(byName)));
    }
    expect(volunteers.some((v) => v.status === 'left')).toBe(true);
    expect((await ok<VolunteerList>(session, 'volunteersPage', { status: 'all' })).total).toBe(volunteers.length);
    const stanley = await everyPage<VolunteerSummary>(session, 'volunteersPage', { status: 'all', area: 'stanley' });
    expect(ids(stanley)).toEqual(ids(volunteers.filter((v) => v.area === 'Stanley').sort(byName)));
  });

  it('volunteers: sorted by approval, newest first, never approved last; by status in life order', async () => {
    const newest = await everyPage<VolunteerSummary>(session, 'volunteersPage', { status: 'all', sort: { by: 'approvedDate', direction: 'desc' } });
    expectOrdered(newest.map((v) => v.approvedDate), 'desc');
    expect(newest.at(-1)!.approvedDate).toBeNull();
    const byStatus = await everyPage<VolunteerSummary>(session, 'volunteersPage', { status: 'all', sort: { by: 'status', direction: 'asc' } });
    const order = ['enquiry', 'interview', 'references', 'dbs', 'training', 'approval', 'active', 'inactive', 'left', 'withdrawn', 'rejected'];
    const ranks = byStatus.map((v) => order.indexOf(v.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('volunteers: a page beyond the end gives the last page; a sort it does not offer is refused in words', async () => {
    const last = await ok<VolunteerList>(session, 'volunteersPage', { page: 999 });
    expect(last.page).toBe(Math.ceil(last.total / 50));
    const refused = await dispatch(session, 'volunteersPage', { sort: { by: 'dateOfBirth', direction: 'asc' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(session, 'volunteersPage', { page: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('young people: still in the service by default, with their IV linked by id, the proposed one marked', async () => {
    const current = youngPeople.filter((y) => y.status !== 'closed').sort(byName);
    const listed = await everyPage<YoungPersonListRow>(session, 'youngPeoplePage', {});
    expect(ids(listed)).toEqual(ids(current));
    expect(listed.map((y) => y.status)).toEqual(current.map((y) => y.status));
    expect((await ok<ListPage<YoungPersonListRow>>(session, 'youngPeoplePage', { status: 'all' })).total).toBe(youngPeople.length);
    const matched = listed.filter((y) => y.status === 'matched');
    expect(matched.length).toBeGreaterThan(0);
    for (const y of matched) {
      const live = matches.find((m) => m.youngPersonId === y.id && (m.stage === 'active' || m.stage === 'introduced'))!;
      expect(y.iv).toEqual({ volunteerId: live.volunteerId, name: live.volunteerName, proposed: false });
    }
    for (const y of listed.filter((p) => p.status === 'being_matched')) expect(y.iv?.proposed).toBe(true);
    for (const y of listed.filter((p) => p.status === 'awaiting_iv' || p.status === 'no_referral')) expect(y.iv).toBeNull();
  });

  it('young people: the status filter, and waiting since sorted with those not waiting last', async () => {
    const waiting = await everyPage<YoungPersonListRow>(session, 'youngPeoplePage', { status: 'waiting', sort: { by: 'waitingSince', direction: 'asc' } });
    expect(new Set(waiting.map((y) => y.status))).toEqual(new Set(['being_matched', 'awaiting_iv']));
    expect(waiting.length).toBe(youngPeople.filter((y) => y.status === 'being_matched' || y.status === 'awaiting_iv').length);
    expectOrdered(waiting.map((y) => y.waitingSince), 'asc');
    const closed = await everyPage<YoungPersonListRow>(session, 'youngPeoplePage', { status: 'closed' });
    expect(ids(closed)).toEqual(ids(youngPeople.filter((y) => y.status === 'closed').sort(byName)));
    const all = await everyPage<YoungPersonListRow>(session, 'youngPeoplePage', { status: 'all', sort: { by: 'waitingSince', direction: 'desc' } });
    expectOrdered(all.map((y) => y.waitingSince), 'desc');
  });

  it('matches: live ones by default, newest proposal first; ended only when asked for; the scheme has matches whatever the filters', async () => {
    const live = matches.filter((m) => m.stage !== 'ended');
    const first = await ok<MatchList>(session, 'matchesPage', {});
    expect(first.total).toBe(live.length);
    const listed = await everyPage<MatchSummary>(session, 'matchesPage', {});
    expect(new Set(ids(listed))).toEqual(new Set(ids(live)));
    expectOrdered(listed.map((m) => m.proposedDate), 'desc');
    const ended = await everyPage<MatchSummary>(session, 'matchesPage', { stage: 'ended', sort: { by: 'lastVisitDate', direction: 'desc' } });
    expect(ended.length).toBe(matches.length - live.length);
    expect(ended.every((m) => m.stage === 'ended')).toBe(true);
    expectOrdered(ended.map((m) => m.lastVisitDate), 'desc');
    expect(first.anyMatches).toBe(true);
    const nobody = await ok<MatchList>(session, 'matchesPage', { stage: 'all', search: 'no such name at all' });
    expect(nobody).toMatchObject({ total: 0, anyMatches: true });
  });

  it('matches: the search finds either person by name; the volunteer filter narrows to theirs', async () => {
    const someone = matches[0];
    const [first] = someone.volunteerName.split(' ');
    const lastName = someone.volunteerName.slice(first.length + 1);
    const found = await everyPage<MatchSummary>(session, 'matchesPage', { stage: 'all', search: lastName });
    expect(ids(found).sort()).toEqual(ids(matches.filter((m) => m.volunteerName.includes(lastName) || m.youngPersonName.includes(lastName))).sort());
    const theirs = await everyPage<MatchSummary>(session, 'matchesPage', { stage: 'all', volunteerId: someone.volunteerId });
    expect(ids(theirs).sort()).toEqual(ids(matches.filter((m) => m.volunteerId === someone.volunteerId)).sort());
  });
});

describe('the matches list of a scheme with no matches yet', () => {
  it('says so, whatever the stage asked for, so the screen can point to the waiting list', async () => {
    const { session, cleanup } = await unlockedSession({ today: () => BENCH_TODAY });
    try {
      for (const stage of ['live', 'all', 'ended']) expect(await ok<MatchList>(session, 'matchesPage', { stage })).toMatchObject({ total: 0, rows: [], anyMatches: false });
    } finally {
      cleanup();
    }
  });
});
