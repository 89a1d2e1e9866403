/**
 * The audit trail on real encrypted databases: the triggers record every change with who
 * made it and the values before and after; an update that changes nothing records nothing;
 * the safeguarding log keeps its own history; the hash chains verify and show tampering;
 * an erasure leaves no personal data; imports and restores say so; and every column of
 * every record table is covered by its triggers.
 */
import { ordinaryTables } from '../helpers/tables';
import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { dispatch } from '../../electron/core/handlers';
import { currentAuditAction, withAuditAction } from '../../electron/core/audit/context';
import type { StoredHistoryRow } from '../../electron/core/audit/hash';
import { allTriggers, NOT_RECORDS, recordTables } from '../../electron/core/audit/triggerSql';
import { makeBackup } from '../../electron/core/backup/make';
import { restoreBackup } from '../../electron/core/backup/restore';
import { verifyDatabase } from '../../electron/core/cli/verify';
import type { Session } from '../../electron/core/session';
import type { HistoryPage, Volunteer } from '../../shared/contract';
import { MIGRATIONS_DIR, PASSPHRASE, unlockedSession } from '../helpers/session';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const COORDINATOR = "Siân O'Brien";
const ROOT = resolve(import.meta.dirname, '../..');

async function ok<T>(session: Session, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function scheme(): Promise<Session> {
  const made = await unlockedSession();
  cleanups.push(made.cleanup);
  const current = await ok<Record<string, unknown>>(made.session, 'getScheme');
  await ok(made.session, 'updateScheme', {
    name: current.name,
    localAuthority: current.localAuthority,
    mileageRatePence: current.mileageRatePence,
    financialYearStartMonth: current.financialYearStartMonth,
    idleLockMinutes: current.idleLockMinutes,
    coordinatorName: COORDINATOR,
  });
  return made.session;
}

const entries = (session: Session, table = 'audit_log') => session.connection.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as StoredHistoryRow[];
const volunteerInput = { firstName: 'Ada', lastName: 'Lovelace', enquiryDate: '2026-01-15', email: 'ada@example.org' };

async function addVolunteer(session: Session): Promise<Volunteer> {
  return ok<Volunteer>(session, 'createVolunteer', volunteerInput);
}

/** Lets a test play the tamperer: someone who can run SQL on the decrypted file and drops the guards first. */
function dropGuards(session: Session): void {
  for (const table of ['audit_log', 'safeguarding_history']) {
    session.connection.sqlite.exec(`DROP TRIGGER ${table}_no_update; DROP TRIGGER ${table}_no_delete;`);
  }
}

describe('the audit trail', () => {
  it('records a create and an update with when, who, which record and the values before and after', async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, firstName: 'Augusta', dateOfBirth: '1985-12-10' });

    const [created, updated] = entries(session);
    expect(created).toMatchObject({ actor: COORDINATOR, action: 'create', record_kind: 'volunteers', record_id: volunteer.id, before: null, redacted: 0 });
    expect(JSON.parse(created.after ?? '')).toMatchObject({ first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.org' });
    expect(updated).toMatchObject({ actor: COORDINATOR, action: 'update', record_kind: 'volunteers', record_id: volunteer.id });
    // Empty fields are left out of the stored rows.
    expect(JSON.parse(updated.before ?? '')).toMatchObject({ first_name: 'Ada' });
    expect(JSON.parse(updated.before ?? '')).not.toHaveProperty('date_of_birth');
    expect(JSON.parse(updated.after ?? '')).toMatchObject({ first_name: 'Augusta', date_of_birth: '1985-12-10' });

    const history = await ok<HistoryPage>(session, 'recordHistory', { kind: 'volunteers', id: volunteer.id });
    expect(history.total).toBe(2);
    expect(history.entries[0]).toMatchObject({ actionLabel: 'Changed', actor: COORDINATOR, recordLabel: 'Volunteer', recordName: 'Augusta Lovelace' });
    expect(history.entries[0].changes).toEqual([
      { field: 'first_name', label: 'First name', before: 'Ada', after: 'Augusta' },
      { field: 'date_of_birth', label: 'Date of birth', before: '', after: '10/12/1985' },
    ]);
    expect(history.entries[0].when).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    const count = entries(session).length;
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id });
    expect(entries(session)).toHaveLength(count);
  });

  it("shows a volunteer's references and training in their history, and a delete", async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    const saved = await ok<Volunteer>(session, 'saveReference', { volunteerId: volunteer.id, name: 'Charles Babbage', relationship: 'Colleague', requestedDate: '2026-01-20', satisfactory: null });
    const referenceId = saved.references[0].id;
    await ok(session, 'removeReference', { volunteerId: volunteer.id, referenceId });
    const history = await ok<HistoryPage>(session, 'recordHistory', { kind: 'volunteers', id: volunteer.id });
    expect(history.entries.map((e) => [e.recordLabel, e.actionLabel])).toEqual([
      ['Reference', 'Deleted'],
      ['Reference', 'Added'],
      ['Volunteer', 'Added'],
    ]);
    expect(history.entries[0].changes).toContainEqual({ field: 'name', label: 'Name', before: 'Charles Babbage', after: '' });
    expect(history.entries[1].changes).toContainEqual({ field: 'requested_date', label: 'Requested date', before: '', after: '20/01/2026' });
  });

  it('keeps safeguarding changes in their own history, never in the general trail', async () => {
    const session = await scheme();
    const person = await ok<{ id: number }>(session, 'createYoungPerson', { firstName: 'Pip', lastName: 'Reed', dateOfBirth: '2012-03-27' });
    const general = entries(session).length;
    const concern = await ok<{ id: number }>(session, 'saveSafeguardingConcern', {
      date: '2026-11-01',
      youngPersonId: person.id,
      volunteerId: null,
      summary: 'A worry passed on',
      referredTo: null,
      referredDate: null,
      outcome: null,
      closedDate: null,
    });
    await ok(session, 'saveSafeguardingConcern', {
      concernId: concern.id,
      date: '2026-11-01',
      youngPersonId: person.id,
      volunteerId: null,
      summary: 'A worry passed on, now referred',
      referredTo: 'council_safeguarding',
      referredDate: '2026-11-02',
      outcome: null,
      closedDate: null,
    });
    expect(entries(session)).toHaveLength(general);
    expect(JSON.stringify(entries(session))).not.toContain('worry');
    const trail = await ok<HistoryPage>(session, 'auditTrail', {});
    expect(JSON.stringify(trail)).not.toContain('worry');
    expect(entries(session, 'safeguarding_history').map((e) => e.action)).toEqual(['create', 'update']);
    const history = await ok<HistoryPage>(session, 'safeguardingConcernHistory', { id: concern.id });
    expect(history.entries[0].actor).toBe(COORDINATOR);
    expect(history.entries[0].changes).toContainEqual({ field: 'summary', label: 'Summary', before: 'A worry passed on', after: 'A worry passed on, now referred' });
    expect(verifyDatabase(session, MIGRATIONS_DIR).safeguardingHistory).toEqual({ ok: true, entries: 2, firstBroken: null });
  });

  it('the Audit screen filters by date, kind of record, record and kind of change, 50 a page, newest first', async () => {
    const session = await scheme();
    const first = await addVolunteer(session);
    for (let n = 0; n < 55; n += 1) await ok(session, 'createVolunteer', { ...volunteerInput, firstName: `Volunteer ${n}` });
    await ok(session, 'createYoungPerson', { firstName: 'Pip', lastName: 'Reed', dateOfBirth: '2012-03-27' });
    const all = await ok<HistoryPage>(session, 'auditTrail', {});
    expect(all).toMatchObject({ page: 1, pageCount: 2, total: 57 });
    expect(all.entries).toHaveLength(50);
    expect(all.entries[0].recordName).toBe('Pip Reed');
    expect((await ok<HistoryPage>(session, 'auditTrail', { page: 2 })).entries).toHaveLength(7);
    expect((await ok<HistoryPage>(session, 'auditTrail', { recordKind: 'young_people' })).total).toBe(1);
    expect((await ok<HistoryPage>(session, 'auditTrail', { recordKind: 'volunteers', recordId: first.id })).entries.map((e) => e.recordName)).toEqual(['Ada Lovelace']);
    expect((await ok<HistoryPage>(session, 'auditTrail', { action: 'update' })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok<HistoryPage>(session, 'auditTrail', { from: today, to: today })).total).toBe(57);
    expect((await ok<HistoryPage>(session, 'auditTrail', { from: '2020-01-01', to: '2020-12-31' })).total).toBe(0);
    const refused = await dispatch(session, 'auditTrail', { from: '2026-02-01', to: '2026-01-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the hash chain', () => {
  async function chained(): Promise<Session> {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, firstName: 'Augusta' });
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, firstName: 'Ada' });
    await ok(session, 'createVolunteer', { ...volunteerInput, firstName: 'Grace' });
    return session;
  }

  it('verifies when nothing has been touched, and the histories cannot be edited or deleted through SQL', async () => {
    const session = await chained();
    const report = verifyDatabase(session, MIGRATIONS_DIR);
    expect(report.ok).toBe(true);
    expect(report.auditTrail).toEqual({ ok: true, entries: 4, firstBroken: null });
    const sqlite = session.connection.sqlite;
    expect(() => sqlite.prepare(`UPDATE audit_log SET actor = 'Someone else' WHERE id = 2`).run()).toThrow(/cannot be edited/);
    expect(() => sqlite.prepare(`DELETE FROM audit_log WHERE id = 2`).run()).toThrow(/cannot be deleted/);
  });

  it('shows a changed entry', async () => {
    const session = await chained();
    dropGuards(session);
    session.connection.sqlite.prepare(`UPDATE audit_log SET after = replace(after, 'Augusta', 'Aggie') WHERE id = 2`).run();
    const report = verifyDatabase(session, MIGRATIONS_DIR);
    expect(report.ok).toBe(false);
    expect(report.auditTrail?.firstBroken).toEqual({ id: 2, problem: 'Entry 2 has been changed since it was written.' });
    expect(report.problems.join(' ')).toMatch(/audit trail has been tampered with/);
  });

  it('shows a changed actor even with its content hash recomputed', async () => {
    const session = await chained();
    dropGuards(session);
    session.connection.sqlite
      .prepare(`UPDATE audit_log SET actor = 'Someone else', content_hash = iv_audit_content_hash(at, 'Someone else', action, record_kind, record_id, owner_kind, owner_id, before, after) WHERE id = 3`)
      .run();
    expect(verifyDatabase(session, MIGRATIONS_DIR).auditTrail?.firstBroken?.id).toBe(3);
  });

  it('shows a deleted entry, in the middle or at the end', async () => {
    const session = await chained();
    dropGuards(session);
    session.connection.sqlite.prepare(`DELETE FROM audit_log WHERE id = 2`).run();
    expect(verifyDatabase(session, MIGRATIONS_DIR).auditTrail?.firstBroken).toEqual({ id: 3, problem: 'Entry 2 is missing (the next entry is 3).' });

    const other = await chained();
    dropGuards(other);
    other.connection.sqlite.prepare(`DELETE FROM audit_log WHERE id = 4`).run();
    expect(verifyDatabase(other, MIGRATIONS_DIR).auditTrail?.firstBroken).toEqual({ id: 4, problem: 'Entries from 4 to 4 are missing from the end.' });
  });

  it('shows entries put in a different order', async () => {
    const session = await chained();
    dropGuards(session);
    const sqlite = session.connection.sqlite;
    // Swap entries 2 and 3 whole, each keeping its own hashes.
    sqlite.exec(`UPDATE audit_log SET id = -2 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = -2;`);
    const report = verifyDatabase(session, MIGRATIONS_DIR);
    expect(report.ok).toBe(false);
    expect(report.auditTrail?.firstBroken?.id).toBe(2);
  });

  it('the verify command prints the first broken link and exits non-zero', async () => {
    const session = await chained();
    dropGuards(session);
    session.connection.sqlite.prepare(`UPDATE audit_log SET before = NULL WHERE id = 3`).run();
    session.lock();
    const run = await new Promise<{ code: number; stdout: string }>((done) => {
      const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IV_DESK_'))), IV_DESK_PASSPHRASE: PASSPHRASE, IV_DESK_DATA_DIR: session.files.dir };
      execFile(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'electron/core/cli/main.ts'), 'verify'], { cwd: ROOT, env, timeout: 60_000 }, (error, stdout) =>
        done({ code: error ? Number((error as { code?: number }).code) : 0, stdout }),
      );
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.auditTrail).toEqual({ ok: false, entries: 3, firstBroken: { id: 3, problem: 'Entry 3 has been changed since it was written.' } });
    expect(report.safeguardingHistory).toEqual({ ok: true, entries: 0, firstBroken: null });
  });

  it('never throws: a history table gone is a finding', async () => {
    const session = await chained();
    session.connection.sqlite.exec('ALTER TABLE safeguarding_history RENAME TO gone');
    const report = verifyDatabase(session, MIGRATIONS_DIR);
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(1);
  });
});

describe('import, restore and erasure', () => {
  it('an import is recorded as imported, each record with its values', async () => {
    const session = await scheme();
    await ok(session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', volunteers: [{ id: 'imported-1', firstName: 'Ima', lastName: 'Port', enquiryDate: '2026-11-01' }] }) });
    const imported = entries(session).filter((e) => e.action === 'import');
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ actor: COORDINATOR, record_kind: 'volunteers' });
    expect(JSON.parse(imported[0].after ?? '')).toMatchObject({ first_name: 'Ima', external_ref: 'imported-1' });
    // Writes after the import are ordinary again.
    await addVolunteer(session);
    expect(entries(session).at(-1)?.action).toBe('create');
  });

  it('a restore is recorded at the next unlock, naming the backup', async () => {
    const session = await scheme();
    await addVolunteer(session);
    const backup = makeBackup({ sqlite: session.connection.sqlite, files: session.files }, { reason: 'manual' });
    await ok(session, 'createVolunteer', { ...volunteerInput, firstName: 'Grace' });
    restoreBackup(session, backup.path);
    await session.unlock(PASSPHRASE);
    const all = entries(session);
    expect(all.map((e) => e.action)).toEqual(['create', 'restore']);
    expect(all[1]).toMatchObject({ actor: COORDINATOR, record_kind: 'backup', record_id: null });
    expect(JSON.parse(all[1].after ?? '')).toMatchObject({ backup: backup.name });
    const trail = await ok<HistoryPage>(session, 'auditTrail', { action: 'restore' });
    expect(trail.entries[0].note).toMatch(new RegExp(`^Restored from the backup ${backup.name.replace(/\./g, '\\.')}`));
    expect(verifyDatabase(session, MIGRATIONS_DIR).auditTrail?.ok).toBe(true);
    // Only once.
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(entries(session)).toHaveLength(2);
  });

  it('an erasure writes no personal data, redacts every earlier entry about the record, and the chain still verifies', async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    await ok(session, 'saveReference', { volunteerId: volunteer.id, name: 'Charles Babbage', relationship: 'Colleague', requestedDate: '2026-01-20', satisfactory: null });
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, firstName: 'Augusta' });
    const concern = await ok<{ id: number }>(session, 'saveSafeguardingConcern', {
      date: '2026-11-01',
      youngPersonId: null,
      volunteerId: volunteer.id,
      summary: 'Augusta was late and upset',
      referredTo: null,
      referredDate: null,
      outcome: null,
      closedDate: null,
    });
    const other = await ok<Volunteer>(session, 'createVolunteer', { ...volunteerInput, firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org' });

    const { db } = session.connection;
    withAuditAction(db, 'erasure', () =>
      db.$client.transaction(() => {
        db.$client.prepare('DELETE FROM safeguarding_concerns WHERE id = ?').run(concern.id);
        db.$client.prepare('DELETE FROM volunteers WHERE id = ?').run(volunteer.id);
      })(),
    );

    const all = entries(session);
    const text = JSON.stringify([all, entries(session, 'safeguarding_history')]);
    for (const personal of ['Augusta', 'Lovelace', 'Babbage', 'ada@example.org', 'late and upset']) expect(text).not.toContain(personal);
    const erasures = all.filter((e) => e.action === 'erasure');
    expect(erasures.map((e) => [e.record_kind, e.before, e.after])).toEqual([
      ['volunteer_references', null, null],
      ['volunteers', null, null],
    ]);
    expect(all.filter((e) => e.redacted === 1).map((e) => e.record_kind)).toEqual(['volunteers', 'volunteer_references', 'volunteers']);
    expect(entries(session, 'safeguarding_history').map((e) => [e.action, e.redacted, e.before, e.after])).toEqual([
      ['create', 1, null, null],
      ['erasure', 0, null, null],
    ]);
    // The other volunteer's history is untouched.
    expect(all.find((e) => e.record_id === other.id && e.record_kind === 'volunteers')).toMatchObject({ redacted: 0 });
    const report = verifyDatabase(session, MIGRATIONS_DIR);
    expect(report.auditTrail?.ok).toBe(true);
    expect(report.safeguardingHistory?.ok).toBe(true);
    const history = await ok<HistoryPage>(session, 'recordHistory', { kind: 'volunteers', id: volunteer.id });
    expect(history.entries.map((e) => [e.actionLabel, e.redacted, e.changes])).toEqual([
      ['Erased', false, []],
      ['Erased', false, []],
      ['Changed', true, []],
      ['Added', true, []],
      ['Added', true, []],
    ]);
  });
});

describe('withAuditAction', () => {
  it('marks only the writes inside it, restores the outer action when a nested one ends or throws, and refuses a transaction', async () => {
    const session = await scheme();
    const { db } = session.connection;
    withAuditAction(db, 'import', () => {
      db.$client.prepare(`INSERT INTO complaints (external_ref, date, summary) VALUES ('c1', '2026-11-01', 'One')`).run();
      expect(() =>
        withAuditAction(db, 'restore', () => {
          db.$client.prepare(`INSERT INTO complaints (external_ref, date, summary) VALUES ('c2', '2026-11-01', 'Two')`).run();
          throw new Error('stopped');
        }),
      ).toThrow('stopped');
      db.$client.prepare(`INSERT INTO complaints (external_ref, date, summary) VALUES ('c3', '2026-11-01', 'Three')`).run();
    });
    db.$client.prepare(`INSERT INTO complaints (external_ref, date, summary) VALUES ('c4', '2026-11-01', 'Four')`).run();
    expect(currentAuditAction(db.$client)).toBeNull();
    expect(entries(session).map((e) => e.action)).toEqual(['import', 'restore', 'import', 'create']);
    db.transaction((tx) => {
      expect(() => withAuditAction(tx as unknown as typeof db, 'erasure', () => null)).toThrow(/not a transaction/);
    });
  });
});

describe('erasing some fields', () => {
  it('a disclosure note deleted under the data rules goes from every earlier entry; the rest of the history stays, and the chain verifies', async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    session.connection.sqlite.prepare(`UPDATE volunteers SET dbs_outcome = 'information_disclosed_risk_assessed', dbs_disclosure_note = 'Caution in 2010 for shoplifting', dbs_disclosure_decision_date = '2020-01-01' WHERE id = ?`).run(volunteer.id);
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, phone: '01234 567890' });
    expect(JSON.stringify(entries(session))).toContain('shoplifting');

    // The note is past its time: unlocking deletes it, as an erasure.
    session.lock();
    await session.unlock(PASSPHRASE);
    const all = entries(session);
    expect(JSON.stringify(all)).not.toContain('shoplifting');
    expect(all.map((e) => [e.action, e.redacted])).toEqual([
      ['create', 1],
      ['update', 1],
      ['update', 1],
      ['erasure', 0],
    ]);
    expect(all.at(-1)).toMatchObject({ record_kind: 'volunteers', record_id: volunteer.id, before: null, after: null });
    const history = await ok<HistoryPage>(session, 'recordHistory', { kind: 'volunteers', id: volunteer.id });
    expect(history.entries[1].changes).toEqual([{ field: 'phone', label: 'Phone', before: '', after: '01234 567890' }]);
    expect(history.entries[2].changes.map((c) => c.label)).toEqual(['DBS outcome', 'DBS disclosure decision date']);
    expect(history.entries[3].changes.map((c) => c.after)).toContain('Lovelace');
    expect(verifyDatabase(session, MIGRATIONS_DIR).auditTrail?.ok).toBe(true);
  });
});

describe('the subject-access export', () => {
  it("holds the history of the person's records and the safeguarding log's history of concerns about them, and nobody else's", async () => {
    const session = await scheme();
    const volunteer = await addVolunteer(session);
    await ok(session, 'updateVolunteer', { ...volunteerInput, id: volunteer.id, phone: '01234 567890' });
    await ok(session, 'createVolunteer', { ...volunteerInput, firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.org' });
    const person = await ok<{ id: number }>(session, 'createYoungPerson', { firstName: 'Pip', lastName: 'Reed', dateOfBirth: '2012-03-27' });
    await ok(session, 'saveSafeguardingConcern', { date: '2026-11-01', youngPersonId: person.id, volunteerId: volunteer.id, summary: 'A worry', referredTo: null, referredDate: null, outcome: null, closedDate: null });
    const sar = JSON.parse((await ok<{ text: string }>(session, 'subjectAccessExport', { kind: 'volunteer', id: volunteer.id })).text);
    expect(sar.history.map((e: { actionLabel: string }) => e.actionLabel)).toEqual(['Added', 'Changed']);
    expect(sar.history[1].changes).toEqual([{ field: 'phone', label: 'Phone', before: '', after: '01234 567890' }]);
    expect(sar.safeguardingHistory).toHaveLength(1);
    expect(sar.safeguardingHistory[0].changes).toContainEqual({ field: 'summary', label: 'Summary', before: '', after: 'A worry' });
    expect(JSON.stringify(sar)).not.toMatch(/Grace|Pip|Reed/);
  });
});

describe('trigger coverage', () => {
  it('every record table has its triggers, and they cover every column the database holds', async () => {
    const session = await scheme();
    const sqlite = session.connection.sqlite;
    const tables = ordinaryTables(sqlite).filter((name) => !NOT_RECORDS.has(name));
    expect(recordTables().map((t) => t.name).sort(), 'the schema and the database list the same record tables').toEqual(tables);
    const triggers = new Map((sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`).all() as { name: string; sql: string }[]).map((t) => [t.name, t.sql]));
    for (const table of tables) {
      const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
      for (const suffix of ['insert', 'update', 'delete', 'erase_update', 'erase_delete']) {
        expect(triggers.has(`audit_${table}_${suffix}`), `${table} has no ${suffix} trigger: run npm run audit:triggers into a migration`).toBe(true);
      }
      for (const column of columns) {
        const covered = `OLD."${column}" IS NOT NEW."${column}"`;
        expect(triggers.get(`audit_${table}_update`), `${table}.${column} is not in its update trigger: regenerate the triggers (npm run audit:triggers) in a migration`).toContain(covered);
        for (const suffix of ['insert', 'update', 'delete']) {
          expect(triggers.get(`audit_${table}_${suffix}`), `${table}.${column} is not recorded by its ${suffix} trigger`).toContain(`'${column}', `);
        }
      }
    }
    // And the database holds exactly the triggers the schema generates.
    for (const t of allTriggers()) expect(triggers.get(t.name), t.name).toBe(t.sql);
  });
});
