import { z } from 'zod';
import { call } from './define';
import { isoDate } from '../fields';
import { recruitmentSettingsInput, type RecruitmentSettings } from '../volunteers/settings';
import type { recruitmentMeasures } from '../figures';

export type RecruitmentMeasures = ReturnType<typeof recruitmentMeasures> & { period: { from: string; to: string } };

export const recruitmentCalls = {
  getRecruitmentSettings: call<RecruitmentSettings>()(z.object({}).strict()),
  updateRecruitmentSettings: call<RecruitmentSettings>()(recruitmentSettingsInput),
  recruitmentFigures: call<RecruitmentMeasures>()(z.object({ from: isoDate, to: isoDate }).strict()),
};
