import { z } from 'zod';
import { call } from './define';

/** What an import would add, or why it would be refused. */
export interface ImportPreview {
  valid: boolean;
  schemeName: string | null;
  counts: Record<string, number>;
  errors: string[];
}

// 50 MB of JSON is far beyond a large scheme's export (about 5 MB).
const importText = z.object({ text: z.string().max(50_000_000, { message: 'The file is too large to import' }) }).strict();

export const interchangeCalls = {
  previewImport: call<ImportPreview>()(importText),
  importData: call<Record<string, number>>()(importText),
  /** The safeguarding log is left out unless asked for deliberately. */
  exportData: call<{ fileName: string; text: string }>()(z.object({ includeSafeguarding: z.boolean().optional() }).strict()),
};
