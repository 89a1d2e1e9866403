/** Putting a scheme's records in place for an E2E test, through the import, and finding them again. */
import { dispatch } from '../../electron/core/handlers';
import type { Harness } from '../harness/server';
import { addDays } from '../../shared/dates';
import { DEFAULT_RECRUITMENT_SETTINGS } from '../../shared/volunteers/settings';

export async function seedScheme(harness: Harness, doc: Record<string, unknown>): Promise<void> {
  const result = await dispatch(harness.session, 'importData', { text: JSON.stringify({ format: 'iv-desk/1', ...doc }) });
  if (!result.ok) throw new Error(`Import refused: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
}

/** The database id of an imported record, by the id it had in the file. */
export const idOf = (harness: Harness, table: string, ref: string) =>
  (harness.session.connection.sqlite.prepare(`SELECT id FROM ${table} WHERE external_ref = ?`).get(ref) as { id: number }).id;

/** A volunteer with every check done in the weeks after `enquiryDate`, not yet approved unless `extra` says so. */
export const vettedVolunteer = (id: string, firstName: string, lastName: string, enquiryDate: string, extra: Record<string, unknown> = {}) => ({
  id,
  firstName,
  lastName,
  enquiryDate,
  applicationDate: addDays(enquiryDate, 10),
  interviewDate: addDays(enquiryDate, 20),
  interviewOutcome: 'proceed',
  references: [
    { name: 'Sam Okafor', requestedDate: addDays(enquiryDate, 25), receivedDate: addDays(enquiryDate, 30), satisfactory: true },
    { name: 'Ruth Bell', requestedDate: addDays(enquiryDate, 25), receivedDate: addDays(enquiryDate, 30), satisfactory: true },
  ],
  dbs: { certificateNumber: '001234567890', issueDate: addDays(enquiryDate, 35), level: 'enhanced_barred_children', outcome: 'clear', checkedBy: 'Jo Coordinator', checkedDate: addDays(enquiryDate, 35), updateService: false },
  training: DEFAULT_RECRUITMENT_SETTINGS.trainingModules.map((module) => ({ module, completedDate: addDays(enquiryDate, 40) })),
  ...extra,
});
