/**
 * The app's one session with its data: set up, unlock, recover, lock. While locked no
 * database connection and no key is held.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { passphraseProblem } from '../../shared/passphrase';
import type { SessionInfo } from '../../shared/contract';
import { UserError } from './errors';
import { dataFiles, writeFileAtomic, type DataFiles } from './files';
import {
  createKeyFile,
  newRecoverySlot,
  parseKeyFile,
  recoverySlotStatus,
  sealRecoverySlot,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  wrapUnderPassphrase,
  DEFAULT_SCRYPT,
  type KeyFile,
  type ScryptParams,
} from './crypto/keyFile';
import { damagedDatabaseError, isDamageError, openDatabase, type OpenDatabase, type Db } from './db/open';
import { folderState, keyFileMissingMessage, removeStrayKeyFileTemps, setAsideDatabase } from './dataFolder';
import { syncedFolderProblem } from '../../shared/syncedFolder';
import { scheme } from './db/schema';
import { todayIso } from '../../shared/dates';
import { deleteExpiredDisclosureNotes } from './services/retention';
import { recordPendingRestore } from './audit/restoreEntry';
import { withAuditAction } from './audit/context';
import { backupBeforeMigration, backupOnLock, backupOnUnlock, type BackupReporter } from './backup/hooks';
import { finishInterruptedRestore } from './backup/journal';
import { UndoStore } from './services/undo';

export interface SessionOptions {
  dataDir: string;
  migrationsDir: string;
  /** Lower scrypt costs are for tests only; the parameters are stored in the key file. */
  scrypt?: ScryptParams;
  today?: () => string;
  /** Windows drive letters that are network drives, for the synced-folder check. */
  networkDriveLetters?: readonly string[];
  /** Where a backup that could not be made is reported (stderr by default); it never blocks unlocking or locking. */
  onBackupProblem?: BackupReporter;
}

export const RECOVERY_SLOT_WARNING = "The recovery key's copy in the key file is damaged: make a new recovery key in Settings.";

export class Session {
  readonly files: DataFiles;
  readonly today: () => string;
  /** What the latest deletions took, in memory only, so they can be undone; forgotten at lock. */
  readonly deletions = new UndoStore();
  private opened: OpenDatabase | null = null;
  /** Found at the last unlock: the recovery slot's seal did not verify. */
  private recoverySlotDamaged = false;
  /** Bumped by every lock, so an unlock still deriving its key when a lock arrives does not open afterwards. */
  private lockGeneration = 0;

  constructor(private readonly options: SessionOptions) {
    this.files = dataFiles(options.dataDir);
    this.today = options.today ?? (() => todayIso());
    // Backup hook: a restore cut off by a crash is finished or rolled back before anything opens.
    finishInterruptedRestore(this.files);
  }

  get isSetUp(): boolean {
    return existsSync(this.files.keyFile);
  }

  info(): SessionInfo {
    const folder = this.folderProblem();
    const warnings = folder ? [folder] : [];
    if (!this.opened) {
      const state = folderState(this.files);
      if (state === 'key_file_missing') return { state, schemeName: null, idleLockMinutes: null, warnings, problem: keyFileMissingMessage(this.files) };
      return { state: state === 'set_up' ? 'locked' : 'setup_needed', schemeName: null, idleLockMinutes: null, warnings, problem: null };
    }
    if (this.recoverySlotDamaged) warnings.push(RECOVERY_SLOT_WARNING);
    const row = this.opened.db.select({ name: scheme.name, idle: scheme.idleLockMinutes }).from(scheme).where(eq(scheme.id, 1)).get();
    return { state: 'unlocked', schemeName: row?.name ?? null, idleLockMinutes: row?.idle ?? null, warnings, problem: null };
  }

  /** Why the data folder is unsafe for a live database (synced or on the network), or null. */
  private folderProblem(): string | null {
    return syncedFolderProblem(this.files.dir, { networkDriveLetters: this.options.networkDriveLetters ?? [] });
  }

  /** Refuses, before anything is asked or written, to set up where it would be unsafe or would hide records. */
  refuseSetUpHere(): void {
    if (this.isSetUp) throw new UserError('already_set_up', 'IV Desk is already set up on this computer. Unlock it instead.');
    const folder = this.folderProblem();
    if (folder) throw new UserError('unsafe_folder', `${folder} Nothing was created.`);
    if (folderState(this.files) === 'key_file_missing') throw new UserError('key_file_missing', keyFileMissingMessage(this.files));
  }

  /** The open database, or a 'locked' error for calls made after locking. */
  get db(): Db {
    return this.connection.db;
  }

  get connection(): OpenDatabase {
    return this.requireUnlocked();
  }

  private requireUnlocked(): OpenDatabase {
    if (!this.opened) throw new UserError('locked', 'IV Desk is locked. Unlock it to continue.');
    return this.opened;
  }

  async setUp(input: { schemeName: string; localAuthority: string | null; passphrase: string }): Promise<{ recoveryKey: string }> {
    this.refuseSetUpHere();
    const problem = passphraseProblem(input.passphrase);
    if (problem) throw new UserError('invalid_input', problem, { passphrase: problem });
    mkdirSync(this.files.dir, { recursive: true, mode: 0o700 });
    this.setAsideUnfinishedSetup();
    const generation = this.lockGeneration;
    const { keyFile, dataKey, recoveryKey } = await createKeyFile(input.passphrase, this.options.scrypt ?? DEFAULT_SCRYPT);
    try {
      // SQLite gives the -wal and -shm files the database file's permissions.
      writeFileSync(this.files.database, '', { mode: 0o600 });
      const opened = openDatabase(this.files.database, dataKey, { migrationsDir: this.options.migrationsDir, create: true });
      opened.db.insert(scheme).values({ id: 1, name: input.schemeName, localAuthority: input.localAuthority }).run();
      // The key file is written last: until it exists the database is an unfinished setup.
      writeFileAtomic(this.files.keyFile, JSON.stringify(keyFile, null, 2));
      if (generation === this.lockGeneration) this.opened = opened;
      else opened.sqlite.close();
    } finally {
      dataKey.fill(0);
    }
    return { recoveryKey };
  }

  async unlock(passphrase: string): Promise<SessionInfo> {
    const generation = this.lockGeneration;
    // Checked even when already unlocked: a right answer must never be implied by a wrong one.
    const keyFile = this.readKeyFile();
    const dataKey = await unlockWithPassphrase(keyFile, passphrase);
    if (this.opened) {
      dataKey.fill(0);
      return this.info();
    }
    try {
      this.refuseIfLockedSince(generation);
      this.openWith(dataKey);
      this.checkRecoverySlot(keyFile, dataKey);
      removeStrayKeyFileTemps(this.files);
    } finally {
      dataKey.fill(0);
    }
    return this.info();
  }

  async recover(recoveryKey: string, newPassphrase: string): Promise<SessionInfo> {
    const problem = passphraseProblem(newPassphrase);
    if (problem) throw new UserError('invalid_input', problem, { newPassphrase: problem });
    const keyFile = this.readKeyFile();
    const dataKey = unlockWithRecoveryKey(keyFile, recoveryKey);
    try {
      this.lock();
      // Opened before the await, so a lock arriving during the rewrap closes it as usual.
      this.openWith(dataKey);
      // The recovery key just opened its slot, so the slot is sound: seal it afresh.
      await this.rewrap({ ...keyFile, recoveryMac: sealRecoverySlot(dataKey, keyFile.recovery) }, dataKey, newPassphrase);
      this.recoverySlotDamaged = false;
    } finally {
      dataKey.fill(0);
    }
    return this.info();
  }

  async changePassphrase(currentPassphrase: string, newPassphrase: string): Promise<void> {
    this.requireUnlocked();
    const problem = passphraseProblem(newPassphrase);
    if (problem) throw new UserError('invalid_input', problem, { newPassphrase: problem });
    const keyFile = this.readKeyFile();
    const dataKey = await unlockWithPassphrase(keyFile, currentPassphrase).catch((error: unknown) => {
      if (error instanceof UserError) throw new UserError(error.code, error.message, { currentPassphrase: error.message });
      throw error;
    });
    try {
      await this.rewrap(keyFile, dataKey, newPassphrase);
    } finally {
      dataKey.fill(0);
    }
  }

  /** Replaces the recovery key (and its slot) after checking the passphrase; the new key is returned to be shown once. */
  async makeNewRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    this.requireUnlocked();
    const keyFile = this.readKeyFile();
    const dataKey = await unlockWithPassphrase(keyFile, passphrase).catch((error: unknown) => {
      if (error instanceof UserError) throw new UserError(error.code, error.message, { passphrase: error.message });
      throw error;
    });
    try {
      const { recoveryKey, recovery, recoveryMac } = newRecoverySlot(dataKey);
      this.writeKeyFile({ ...keyFile, recovery, recoveryMac });
      this.recoverySlotDamaged = false;
      return { recoveryKey };
    } finally {
      dataKey.fill(0);
    }
  }

  /** Closes the database; SQLite forgets the key with the connection. */
  lock(): void {
    this.lockGeneration += 1;
    this.recoverySlotDamaged = false;
    this.deletions.clear();
    if (!this.opened) return;
    // Backup hook: a backup when something changed since the last one; a failure is reported, and the lock goes ahead.
    backupOnLock({ sqlite: this.opened.sqlite, files: this.files }, this.options.onBackupProblem);
    this.opened.sqlite.close();
    this.opened = null;
  }

  private async rewrap(keyFile: KeyFile, dataKey: Buffer, passphrase: string): Promise<void> {
    const { N, r, p } = keyFile.passphrase;
    this.writeKeyFile({ ...keyFile, passphrase: await wrapUnderPassphrase(dataKey, passphrase, { N, r, p }) });
  }

  private writeKeyFile(keyFile: KeyFile): void {
    writeFileAtomic(this.files.keyFile, JSON.stringify(keyFile, null, 2));
  }

  /**
   * Every unlock checks that the recovery key would still work. A key file from before
   * the seal existed is sealed now; a seal that does not verify becomes a warning.
   * Run once the database has opened, so a damaged database leaves the key file as it was.
   */
  private checkRecoverySlot(keyFile: KeyFile, dataKey: Buffer): void {
    const status = recoverySlotStatus(keyFile, dataKey);
    if (status === 'unsealed') this.writeKeyFile({ ...keyFile, recoveryMac: sealRecoverySlot(dataKey, keyFile.recovery) });
    this.recoverySlotDamaged = status === 'damaged';
  }

  private refuseIfLockedSince(generation: number): void {
    if (generation !== this.lockGeneration) {
      throw new UserError('locked', 'IV Desk was locked while it was unlocking. Unlock it again.');
    }
  }

  /** The caller owns dataKey and zeroes it afterwards. */
  private openWith(dataKey: Buffer): void {
    if (!existsSync(this.files.database)) {
      throw new UserError('damaged', `The database file is missing from the data folder ${this.files.dir}. Restore it from a backup.`);
    }
    // openDatabase refuses a damaged file before any migration runs (see checkReadable).
    const opened = openDatabase(this.files.database, dataKey, {
      migrationsDir: this.options.migrationsDir,
      create: false,
      // Backup hook: a verified backup before an update of IV Desk changes the records' layout.
      beforeMigrating: (sqlite) => backupBeforeMigration({ sqlite, files: this.files }),
    });
    try {
      // The data rules' deletions happen whenever the records are opened, so none is ever late by more than a session.
      // An erasure under the data rules: the trail keeps that it happened, and removes the note from its earlier entries.
      withAuditAction(opened.db, 'erasure', () => deleteExpiredDisclosureNotes(opened.db, this.today()));
      recordPendingRestore(opened.db, this.files);
    } catch (error) {
      opened.sqlite.close();
      throw isDamageError(error) ? damagedDatabaseError(this.files.database) : error;
    }
    this.opened = opened;
    // Backup hook: the first unlock of each day makes the daily backup.
    backupOnUnlock({ sqlite: opened.sqlite, files: this.files }, this.today(), this.options.onBackupProblem);
  }

  private readKeyFile(): KeyFile {
    if (folderState(this.files) === 'key_file_missing') throw new UserError('key_file_missing', keyFileMissingMessage(this.files));
    if (!this.isSetUp) throw new UserError('not_set_up', 'IV Desk has not been set up on this computer yet.');
    return parseKeyFile(readFileSync(this.files.keyFile, 'utf8'));
  }

  /**
   * A database without its key file that folderState calls an unfinished setup (the only
   * kind that reaches here: refuseSetUpHere refuses a missing key file) can never be
   * opened. It is moved aside, not deleted.
   */
  private setAsideUnfinishedSetup(): void {
    setAsideDatabase(this.files, 'unfinished');
  }}
