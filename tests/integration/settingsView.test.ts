/** The Settings screen's one call: every form's values as stored, the same as each form's own call gives, and a change seen at once. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import type { Session } from '../../electron/core/session';
import { unlockedSession } from '../helpers/session';

async function value(session: Session, name: string, input: unknown = {}): Promise<unknown> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value;
}

describe('settingsView', () => {
  it('gives the scheme, recruitment, young people and report settings as their own calls do, and a saved change at once', async () => {
    const { session, cleanup } = await unlockedSession();
    const own = async () => ({
      scheme: await value(session, 'getScheme'),
      recruitment: await value(session, 'getRecruitmentSettings'),
      caseSettings: await value(session, 'getCaseSettings'),
      report: await value(session, 'reportSettings'),
    });
    expect(await value(session, 'settingsView')).toEqual(await own());
    await value(session, 'updateReportSettings', { coordinatorHoursPerWeek: 22.5, fullTimeHoursPerWeek: 36, marking: 'OFFICIAL' });
    const recruitment = (await value(session, 'getRecruitmentSettings')) as { trainingModules: string[] };
    await value(session, 'updateRecruitmentSettings', { ...recruitment, trainingModules: [...recruitment.trainingModules, 'Online safety'] });
    const view = (await value(session, 'settingsView')) as { report: { marking: string }; recruitment: { trainingModules: string[] } };
    expect(view.report.marking).toBe('OFFICIAL');
    expect(view.recruitment.trainingModules).toContain('Online safety');
    expect(view).toEqual(await own());
    cleanup();
  });
});
