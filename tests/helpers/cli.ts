/** Running the real `iv-desk` command line as a child process, as its tests do. */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
export const MAIN = resolve(ROOT, 'electron/core/cli/main.ts');
export const CLI_PASSPHRASE = 'lighthouse marmalade tangent orbit';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
