import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import { DEFAULT_RECRUITMENT_SETTINGS, recruitmentSettingsInput, type RecruitmentSettings } from '../../../shared/volunteers/settings';
import { DEFAULT_CASE_SETTINGS, caseSettingsInput, type CaseSettings } from '../../../shared/youngPeople/settings';
import { readJsonSettings, settingsJson } from './jsonSettings';

/** The scheme's recruitment settings; anything missing or unreadable falls back to the default. */
export function getRecruitmentSettings(db: Db): RecruitmentSettings {
  return readJsonSettings(settingsJson(db, 'recruitment_settings'), DEFAULT_RECRUITMENT_SETTINGS, recruitmentSettingsInput);
}

export function updateRecruitmentSettings(db: Db, settings: RecruitmentSettings): RecruitmentSettings {
  db.update(scheme).set({ recruitmentSettings: JSON.stringify(settings) }).where(eq(scheme.id, 1)).run();
  return getRecruitmentSettings(db);
}

export function getCaseSettings(db: Db): CaseSettings {
  return readJsonSettings(settingsJson(db, 'case_settings'), DEFAULT_CASE_SETTINGS, caseSettingsInput);
}

/** The case settings column as stored, with anything kept beside the settings (Today's collapsed groups). */
export function storedCaseJson(db: Db): Record<string, unknown> {
  const json = settingsJson(db, 'case_settings');
  try {
    const stored: unknown = json ? JSON.parse(json) : {};
    return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function writeCaseJson(db: Db, patch: Record<string, unknown>): void {
  db.update(scheme).set({ caseSettings: JSON.stringify({ ...storedCaseJson(db), ...patch }) }).where(eq(scheme.id, 1)).run();
}

export function updateCaseSettings(db: Db, settings: CaseSettings): CaseSettings {
  writeCaseJson(db, { ...settings });
  return getCaseSettings(db);
}
