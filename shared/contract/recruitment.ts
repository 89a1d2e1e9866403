import { z } from 'zod';
import { call } from './define';
import { id, isoDate } from '../fields';
import { recruitmentSettingsInput, type RecruitmentSettings } from '../volunteers/settings';
import type { recruitmentMeasures } from '../figures';

export type RecruitmentMeasures = ReturnType<typeof recruitmentMeasures> & { period: { from: string; to: string } };

export const recruitmentCalls = {
  getRecruitmentSettings: call<RecruitmentSettings>()(z.object({}).strict()),
  updateRecruitmentSettings: call<RecruitmentSettings>()(recruitmentSettingsInput),
  recruitmentFigures: call<RecruitmentMeasures>()(z.object({ from: isoDate, to: isoDate }).strict()),
  /** Withdraws lapsed people with the reason "No response", all in one transaction. */
  withdrawLapsedVolunteers: call<{ withdrawn: number; message: string }>()(z.object({ ids: z.array(id).min(1, { message: 'Choose at least one person to withdraw' }).max(20_000) }).strict()),
};
