/** An interchange file named by where it is on disk (the desktop's open dialog, the command line), read from there as it is imported, never copied or held whole. */
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { UserError } from '../errors';

/** The whole path is asked for, as the open dialog gives: a partial one would be read from wherever core happened to start. */
export function importFileAt(path: string): { path: string } {
  if (!isAbsolute(path)) throw new UserError('invalid_input', 'Give the whole path to the file to import.');
  const found = statSync(path, { throwIfNoEntry: false });
  if (!found) throw new UserError('invalid_input', `There is no file at ${path}`);
  if (!found.isFile()) throw new UserError('invalid_input', `${path} is a folder, not a file: choose the file to import.`);
  return { path };
}
