import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import { DEFAULT_RECRUITMENT_SETTINGS, recruitmentSettingsInput, type RecruitmentSettings } from '../../../shared/volunteers/settings';
import { DEFAULT_CASE_SETTINGS, caseSettingsInput, type CaseSettings } from '../../../shared/youngPeople/settings';
import { readJsonSettings } from './jsonSettings';

/** The scheme's recruitment settings; anything missing or unreadable falls back to the default. */
export function getRecruitmentSettings(db: Db): RecruitmentSettings {
  const row = db.select({ json: scheme.recruitmentSettings }).from(scheme).where(eq(scheme.id, 1)).get();
  return readJsonSettings(row?.json, DEFAULT_RECRUITMENT_SETTINGS, recruitmentSettingsInput);
}

export function updateRecruitmentSettings(db: Db, settings: RecruitmentSettings): RecruitmentSettings {
  db.update(scheme).set({ recruitmentSettings: JSON.stringify(settings) }).where(eq(scheme.id, 1)).run();
  return getRecruitmentSettings(db);
}

export function getCaseSettings(db: Db): CaseSettings {
  const row = db.select({ json: scheme.caseSettings }).from(scheme).where(eq(scheme.id, 1)).get();
  return readJsonSettings(row?.json, DEFAULT_CASE_SETTINGS, caseSettingsInput);
}

export function updateCaseSettings(db: Db, settings: CaseSettings): CaseSettings {
  db.update(scheme).set({ caseSettings: JSON.stringify(settings) }).where(eq(scheme.id, 1)).run();
  return getCaseSettings(db);
}
