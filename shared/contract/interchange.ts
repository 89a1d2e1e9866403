import { z } from 'zod';
import { call } from './define';

/** What an import would add, or why it would be refused. */
export interface ImportPreview {
  valid: boolean;
  schemeName: string | null;
  counts: Record<string, number>;
  errors: string[];
}

/**
 * The file's text (the plain browser, which has no open dialog), or where it is on disk (chosen
 * in the desktop app's open dialog), which core reads as it imports, so a file of any size goes.
 * The text is capped: it travels and is held whole.
 */
const importFile = z
  .object({
    text: z.string().max(50_000_000, { message: 'The file is too large to import' }).optional(),
    path: z.string().trim().min(1, { message: 'Choose the file to import' }).max(4096).optional(),
  })
  .strict()
  .refine((i) => (i.text === undefined) !== (i.path === undefined), { message: 'Choose the file to import' });

export const interchangeCalls = {
  previewImport: call<ImportPreview>()(importFile),
  importData: call<Record<string, number>>()(importFile),
  /** The safeguarding log is left out unless asked for deliberately. */
  exportData: call<{ fileName: string; text: string }>()(z.object({ includeSafeguarding: z.boolean().optional() }).strict()),
};
