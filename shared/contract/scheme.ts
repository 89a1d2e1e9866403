import { z } from 'zod';
import { call } from './define';
import { requiredText, optionalText, optionalIsoDate } from '../fields';
import { caseSettingsInput, type CaseSettings } from '../youngPeople/settings';
import type { RecruitmentSettings } from '../volunteers/settings';
import type { ReportSettings } from '../reports/settings';
import { TEXT_LIMITS } from '../textLimits';
import { IDLE_LOCK_MINUTES } from '../schemeLimits';

export interface Scheme {
  name: string;
  localAuthority: string | null;
  childrenInCareCount: number | null;
  childrenInCareCountDate: string | null;
  mileageRatePence: number;
  financialYearStartMonth: number;
  idleLockMinutes: number;
  /** Who makes the changes, as the audit trail names them. */
  coordinatorName: string | null;
}

export const schemeInput = z
  .object({
    name: requiredText('the scheme name', TEXT_LIMITS.scheme.name),
    localAuthority: optionalText(TEXT_LIMITS.scheme.localAuthority),
    childrenInCareCount: z.number().int().min(0, { message: 'Enter a whole number, 0 or more' }).max(100000).nullish(),
    childrenInCareCountDate: optionalIsoDate,
    mileageRatePence: z.number().int().min(0, { message: 'Enter 0 or more' }).max(500, { message: 'Enter 500 pence or less' }),
    financialYearStartMonth: z.number().int().min(1).max(12),
    // Left out, the name stays as it is; blank, it is removed.
    coordinatorName: optionalText(100).optional(),
    idleLockMinutes: z
      .number({ error: 'Enter a number of minutes' })
      .int({ message: 'Enter a whole number of minutes' })
      .min(IDLE_LOCK_MINUTES.min, { message: `Enter at least ${IDLE_LOCK_MINUTES.min} minute` })
      .max(IDLE_LOCK_MINUTES.max, { message: `Enter ${IDLE_LOCK_MINUTES.max} minutes or fewer` }),
  })
  .strict();

/** Everything the Settings screen's forms show, in one call. */
export interface SettingsView {
  scheme: Scheme;
  recruitment: RecruitmentSettings;
  caseSettings: CaseSettings;
  report: ReportSettings;
}

export const schemeCalls = {
  getScheme: call<Scheme>()(z.object({}).strict()),
  settingsView: call<SettingsView>()(z.object({}).strict()),
  updateScheme: call<Scheme>()(schemeInput),
  getCaseSettings: call<CaseSettings>()(z.object({}).strict()),
  updateCaseSettings: call<CaseSettings>()(caseSettingsInput),
};
