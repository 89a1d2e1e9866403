/** The report settings as core accepts them. */
import { z } from 'zod';
import { PROTECTIVE_MARKINGS } from './settingsValues';

export { DEFAULT_REPORT_SETTINGS, PROTECTIVE_MARKINGS, type ProtectiveMarking, type ReportSettings } from './settingsValues';

const hours = (what: string) =>
  z
    .number({ error: `Enter ${what} as a number of hours, like 37` })
    .refine(Number.isFinite, { message: `Enter ${what} as a number of hours, like 37` })
    .min(0.5, { message: `Enter ${what} as between 0.5 and 80 hours` })
    .max(80, { message: `Enter ${what} as between 0.5 and 80 hours` });

export const reportSettingsInput = z
  .object({
    coordinatorHoursPerWeek: hours("the coordinator's hours a week").nullable(),
    fullTimeHoursPerWeek: hours('a full-time week'),
    marking: z.enum(PROTECTIVE_MARKINGS, { error: 'Choose OFFICIAL or OFFICIAL-SENSITIVE' }),
  })
  .strict();
