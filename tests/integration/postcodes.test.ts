import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { unlockedSession } from '../helpers/session';
import type { Session } from '../../electron/core/session';
import type { Volunteer, YoungPerson } from '../../shared/contract';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function open() {
  const s = await unlockedSession({ today: () => '2026-11-23' });
  cleanups.push(s.cleanup);
  return s.session;
}

async function ok<T>(session: Session, name: string, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}

const stored = (session: Session, table: string) => session.connection.sqlite.prepare(`SELECT postcode FROM ${table} ORDER BY id`).all().map((r) => (r as { postcode: string | null }).postcode);

describe('postcodes are saved in capitals with one space', () => {
  it('on a volunteer, created and changed', async () => {
    const session = await open();
    const details = { firstName: 'Ada', lastName: 'Lovelace', enquiryDate: '2026-01-15' };
    const made = await ok<Volunteer>(session, 'createVolunteer', { ...details, postcode: 'dh11aa' });
    expect(made.postcode).toBe('DH1 1AA');
    const changed = await ok<Volunteer>(session, 'updateVolunteer', { ...details, id: made.id, postcode: 'ne46  3qt' });
    expect(changed.postcode).toBe('NE46 3QT');
    expect(stored(session, 'volunteers')).toEqual(['NE46 3QT']);
  });

  it('on a young person, and text that is not a postcode is kept as typed', async () => {
    const session = await open();
    const person = { firstName: 'Kayden', lastName: 'Marsh', dateOfBirth: '2012-11-09' };
    const made = await ok<YoungPerson>(session, 'createYoungPerson', { ...person, postcode: 'sw1a1aa' });
    expect(made.postcode).toBe('SW1A 1AA');
    const changed = await ok<YoungPerson>(session, 'updateYoungPerson', { ...person, id: made.id, postcode: 'unknown' });
    expect(changed.postcode).toBe('unknown');
    expect(stored(session, 'young_people')).toEqual(['unknown']);
  });

  it('on import', async () => {
    const session = await open();
    const file = {
      format: 'iv-desk/1',
      volunteers: [{ id: 'v1', firstName: 'Ann', lastName: 'Lee', enquiryDate: '2025-01-01', postcode: 'dh85xy' }],
      youngPeople: [{ id: 'y1', firstName: 'Ali', lastName: 'Khan', dateOfBirth: '2009-06-30', postcode: 'm1 1ae' }],
    };
    await ok(session, 'importData', { text: JSON.stringify(file) });
    expect(stored(session, 'volunteers')).toEqual(['DH8 5XY']);
    expect(stored(session, 'young_people')).toEqual(['M1 1AE']);
  });
});
