import { z } from 'zod';
import { text } from '../fields';
import { TEXT_LIMITS } from '../textLimits';
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from '../retention/rules';

/** The scheme's recruitment settings: training modules, approval checks, reminder intervals, how long records are kept. */
export interface ApprovalChecks {
  interview: boolean;
  /** How many satisfactory references approval needs (0 to turn the check off). */
  references: number;
  dbs: boolean;
  /** Every training module must be completed. */
  training: boolean;
}

export interface ReminderSettings {
  enquiryResponseWorkingDays: number;
  referenceChaseDays: number;
  applicationToApprovalWeeks: number;
  dbsRecheckYears: number;
  updateServiceCheckMonths: number;
  disclosureNoteMonths: number;
  /** How far ahead a reminder shows as coming up. */
  dueSoonDays: number;
  /** An enquirer or applicant with no step for this many days has lapsed (shared/volunteers/lapse). */
  lapseDays: number;
}

export interface RecruitmentSettings {
  trainingModules: string[];
  approvalChecks: ApprovalChecks;
  reminders: ReminderSettings;
  retention: RetentionSettings;
}

export const DEFAULT_RECRUITMENT_SETTINGS: RecruitmentSettings = {
  trainingModules: ['Induction', 'Safeguarding children', 'Confidentiality and record keeping', 'The Independent Visitor role and boundaries'],
  approvalChecks: { interview: true, references: 2, dbs: true, training: true },
  reminders: {
    enquiryResponseWorkingDays: 3,
    referenceChaseDays: 14,
    applicationToApprovalWeeks: 12,
    dbsRecheckYears: 3,
    updateServiceCheckMonths: 12,
    disclosureNoteMonths: 6,
    dueSoonDays: 30,
    lapseDays: 90,
  },
  retention: DEFAULT_RETENTION_SETTINGS,
};

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `Enter ${label} as a number` })
    .int({ message: `Enter ${label} as a whole number` })
    .min(min, { message: `Enter ${min} or more for ${label}` })
    .max(max, { message: `Enter ${max} or fewer for ${label}` });

/** The settings as the forms, import and storage check them. */
export const recruitmentSettingsInput = z
  .object({
    trainingModules: z
      .array(text(TEXT_LIMITS.volunteer.trainingModule).refine((s) => s.trim().length > 0, { message: 'Remove the empty module' }))
      .max(30)
      .refine((m) => new Set(m.map((s) => s.trim().toLowerCase())).size === m.length, { message: 'Each module can be listed only once' }),
    approvalChecks: z
      .object({ interview: z.boolean(), references: whole('the number of references', 0, 5), dbs: z.boolean(), training: z.boolean() })
      .strict(),
    reminders: z
      .object({
        enquiryResponseWorkingDays: whole('the working days to answer an enquiry', 1, 30),
        referenceChaseDays: whole('the days before chasing a reference', 1, 90),
        applicationToApprovalWeeks: whole('the weeks from application to approval', 1, 52),
        dbsRecheckYears: whole('the years between DBS checks', 1, 10),
        updateServiceCheckMonths: whole('the months between Update Service checks', 1, 36),
        disclosureNoteMonths: whole('the months a disclosure note is kept', 1, 6),
        dueSoonDays: whole('the days ahead to show reminders', 0, 90),
        lapseDays: whole('the days without a step before someone in recruitment has lapsed', 14, 730),
      })
      .strict(),
    retention: z
      .object({
        volunteerYearsAfterLeaving: whole('the years to keep a volunteer’s records after they leave', 1, 20),
        applicantYearsAfterClosing: whole('the years to keep an applicant’s records', 1, 20),
      })
      .strict(),
  })
  .strict();

