import { eq } from 'drizzle-orm';
import type { Db } from '../db/open';
import { scheme } from '../db/schema';
import { DEFAULT_RECRUITMENT_SETTINGS, type RecruitmentSettings } from '../../../shared/volunteers/settings';
import { recruitmentSettingsInput } from '../../../shared/volunteers/settings';

/** The scheme's recruitment settings; anything missing or unreadable falls back to the default. */
export function getRecruitmentSettings(db: Db): RecruitmentSettings {
  const row = db.select({ json: scheme.recruitmentSettings }).from(scheme).where(eq(scheme.id, 1)).get();
  if (!row?.json) return DEFAULT_RECRUITMENT_SETTINGS;
  try {
    const stored = JSON.parse(row.json) as Partial<RecruitmentSettings>;
    const merged = {
      trainingModules: stored.trainingModules ?? DEFAULT_RECRUITMENT_SETTINGS.trainingModules,
      approvalChecks: { ...DEFAULT_RECRUITMENT_SETTINGS.approvalChecks, ...stored.approvalChecks },
      reminders: { ...DEFAULT_RECRUITMENT_SETTINGS.reminders, ...stored.reminders },
    };
    const parsed = recruitmentSettingsInput.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_RECRUITMENT_SETTINGS;
  } catch {
    return DEFAULT_RECRUITMENT_SETTINGS;
  }
}

export function updateRecruitmentSettings(db: Db, settings: RecruitmentSettings): RecruitmentSettings {
  db.update(scheme).set({ recruitmentSettings: JSON.stringify(settings) }).where(eq(scheme.id, 1)).run();
  return getRecruitmentSettings(db);
}
