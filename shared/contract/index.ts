/**
 * The IPC contract: every call the renderer can make, with its input schema and result
 * type. Main, the preload, the test harness and the renderer all derive from this map.
 */
import type { z } from 'zod';
import type { Result } from '../result';
import type { CallSpec } from './define';
import type { CallProgress } from './progress';
import { sessionCalls } from './session';
import { schemeCalls } from './scheme';
import { volunteerCalls } from './volunteers';
import { youngPersonCalls } from './youngPeople';
import { interchangeCalls } from './interchange';
import { recruitmentCalls } from './recruitment';
import { todayCalls } from './today';
import { logCalls } from './logs';
import { matchCalls } from './matches';
import { expenseCalls } from './expenses';
import { supervisionCalls } from './supervisions';
import { careReviewCalls } from './careReviews';
import { retentionCalls } from './retention';
import { deletionCalls } from './deletion';
import { auditCalls } from './audit';
import { backupCalls } from './backups';
import { searchCalls } from './search';
import { reportCalls } from './reports';
import { sheetCalls } from './sheets';

export const contract = {
  ...sessionCalls,
  ...schemeCalls,
  ...volunteerCalls,
  ...youngPersonCalls,
  ...interchangeCalls,
  ...recruitmentCalls,
  ...todayCalls,
  ...logCalls,
  ...matchCalls,
  ...expenseCalls,
  ...supervisionCalls,
  ...careReviewCalls,
  ...retentionCalls,
  ...deletionCalls,
  ...auditCalls,
  ...backupCalls,
  ...searchCalls,
  ...reportCalls,
  ...sheetCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const callNames = Object.keys(contract) as CallName[];

type OutputOf<S> = S extends CallSpec<z.ZodType, infer O> ? O : never;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = OutputOf<Contract[K]>;

/** The object the preload exposes as `window.ivDesk`. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> } & {
  /** Main tells the renderer when it locked on its own (suspend, screen lock). */
  onLocked(listener: () => void): () => void;
  /** Core's progress on a long call (reading a sheet, writing its records) while the call runs; returns the unsubscribe. */
  onProgress(listener: (progress: CallProgress) => void): () => void;
  /**
   * The desktop app only: saves the page as an A4 PDF where the user chooses (saved is
   * false if they cancel). A plain browser (the test harness) has no such method.
   */
  savePdf?(suggestedName: string): Promise<Result<{ saved: boolean }>>;
  /** The desktop app only: a folder chosen in the system's dialog, for the second place (path null if they cancel). The plain browser takes a typed path. */
  chooseFolder?(): Promise<Result<{ path: string | null }>>;
  /** The desktop app only: a backup file chosen in the system's open dialog (path null if they cancel). */
  chooseBackupFile?(): Promise<Result<{ path: string | null }>>;
  /** The desktop app only: an interchange file chosen in the system's open dialog (path null if they cancel), which core reads from where it is, so a file of any size imports. */
  chooseImportFile?(): Promise<Result<{ path: string | null }>>;
};

/** The channel name each call travels on. */
export const channelOf = (name: CallName) => `iv-desk:${name}`;
export const LOCKED_EVENT = 'iv-desk:locked';
export const PROGRESS_EVENT = 'iv-desk:progress';
export const SAVE_PDF_CHANNEL = 'iv-desk:save-pdf';
export const CHOOSE_FOLDER_CHANNEL = 'iv-desk:choose-folder';
export const CHOOSE_BACKUP_FILE_CHANNEL = 'iv-desk:choose-backup-file';
export const CHOOSE_IMPORT_FILE_CHANNEL = 'iv-desk:choose-import-file';

export type * from './session';
export type * from './scheme';
export type * from './volunteers';
export type * from './youngPeople';
export type * from './interchange';
export type * from './recruitment';
export type * from './today';
export type * from './logs';
export type * from './matches';
export type * from './expenses';
export type * from './supervisions';
export type * from './careReviews';
export type * from './retention';
export type * from './deletion';
export type * from './audit';
export type * from './backups';
export type * from './search';
export type * from './sheets';
export type * from './progress';
export { PROGRESS_STAGES } from './progress';
