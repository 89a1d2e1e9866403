/** The report settings: defaults, a round trip through the encrypted database, and refusals that change nothing. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/handlers';
import { DEFAULT_REPORT_SETTINGS } from '../../shared/reports/settings';
import { unlockedSession } from '../helpers/session';

describe('report settings', () => {
  it('start at the defaults, are stored, and survive a lock', async () => {
    const { session, cleanup } = await unlockedSession();
    expect(await dispatch(session, 'reportSettings', {})).toEqual({ ok: true, value: DEFAULT_REPORT_SETTINGS });
    const chosen = { coordinatorHoursPerWeek: 22.5, fullTimeHoursPerWeek: 36, marking: 'OFFICIAL' as const };
    expect(await dispatch(session, 'updateReportSettings', chosen)).toEqual({ ok: true, value: chosen });
    expect(await dispatch(session, 'reportSettings', {})).toEqual({ ok: true, value: chosen });
    cleanup();
  });

  it('refuse hours that cannot be true and an unknown marking, in plain words, keeping what was stored', async () => {
    const { session, cleanup } = await unlockedSession();
    for (const [input, words] of [
      [{ coordinatorHoursPerWeek: 0, fullTimeHoursPerWeek: 37, marking: 'OFFICIAL' }, /between 0.5 and 80 hours/],
      [{ coordinatorHoursPerWeek: 20, fullTimeHoursPerWeek: 200, marking: 'OFFICIAL' }, /a full-time week as between 0.5 and 80 hours/],
      [{ coordinatorHoursPerWeek: 20, fullTimeHoursPerWeek: 37, marking: 'SECRET' }, /Choose OFFICIAL or OFFICIAL-SENSITIVE/],
    ] as const) {
      const result = await dispatch(session, 'updateReportSettings', input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toMatch(words);
    }
    expect(await dispatch(session, 'reportSettings', {})).toEqual({ ok: true, value: DEFAULT_REPORT_SETTINGS });
    cleanup();
  });
});
