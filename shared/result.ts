/** Every API call answers with a Result, so the renderer never has to catch. */
export type ErrorCode =
  | 'invalid_input'
  | 'wrong_passphrase'
  | 'wrong_recovery_key'
  | 'locked'
  | 'already_set_up'
  | 'not_set_up'
  | 'not_found'
  | 'conflict'
  | 'newer_database'
  | 'damaged'
  /** The disk or file system refused: full, read-only, failing or busy. */
  | 'storage'
  | 'key_file_missing'
  | 'unsafe_folder'
  | 'internal';

export interface AppError {
  code: ErrorCode;
  /** Plain English, safe to show: never contains keys, passphrases or record contents. */
  message: string;
  /** Field path -> message, for form error summaries. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
