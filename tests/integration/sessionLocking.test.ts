import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { newSession, tempDir, PASSPHRASE } from '../helpers/session';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('locking while unlocking', () => {
  it('a lock that arrives while the key is being derived wins: the database stays closed', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const setup = newSession(dir);
    await setup.setUp({ schemeName: 'Race', localAuthority: null, passphrase: PASSPHRASE });
    setup.lock();

    const session = newSession(dir);
    const unlocking = session.unlock(PASSPHRASE);
    session.lock();
    await expect(unlocking).rejects.toMatchObject({ code: 'locked' });
    expect(session.info().state).toBe('locked');
    await session.unlock(PASSPHRASE);
    expect(session.info().state).toBe('unlocked');
    session.lock();
  });

  it('recovery then a new passphrase: the new passphrase unlocks after locking, the old one does not', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const session = newSession(dir);
    const { recoveryKey } = await session.setUp({ schemeName: 'Recover', localAuthority: null, passphrase: PASSPHRASE });
    session.lock();
    const next = 'quartz meadow signal lantern';
    await session.recover(recoveryKey, next);
    session.lock();
    await expect(session.unlock(PASSPHRASE)).rejects.toMatchObject({ code: 'wrong_passphrase' });
    await expect(session.unlock(next)).resolves.toMatchObject({ state: 'unlocked', schemeName: 'Recover' });
    session.lock();
  });
});
