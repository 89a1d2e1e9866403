import { z } from 'zod';
import { call } from './define';
import { id } from '../fields';
import { recruitmentSettingsInput, type RecruitmentSettings } from '../volunteers/settings';
import type { recruitmentMeasures } from '../figures';
import { periodOrThisYear, type PeriodCalendar } from './period';

export type RecruitmentMeasures = ReturnType<typeof recruitmentMeasures> & { period: { from: string; to: string }; calendar: PeriodCalendar };

export const recruitmentCalls = {
  getRecruitmentSettings: call<RecruitmentSettings>()(z.object({}).strict()),
  updateRecruitmentSettings: call<RecruitmentSettings>()(recruitmentSettingsInput),
  /** This financial year so far when no period is given. */
  recruitmentFigures: call<RecruitmentMeasures>()(periodOrThisYear),
  /** Withdraws lapsed people with the reason "No response", all in one transaction. */
  withdrawLapsedVolunteers: call<{ withdrawn: number; message: string }>()(z.object({ ids: z.array(id).min(1, { message: 'Choose at least one person to withdraw' }).max(20_000) }).strict()),
};
