import { describe, expect, it } from 'vitest';
import { backupSettingsInput, DEFAULT_BACKUP_SETTINGS } from './settings';

describe('backup settings', () => {
  it('default to no second place and a warning after 7 days', () => {
    expect(DEFAULT_BACKUP_SETTINGS).toEqual({ secondPlace: null, secondPlaceWarnDays: 7 });
  });

  it('accept whole paths on Windows, on a network share and elsewhere', () => {
    for (const secondPlace of ['E:\\IV Desk backups', 'E:/backups', '\\\\server\\share\\iv', '/media/usb/iv']) {
      expect(backupSettingsInput.safeParse({ secondPlace, secondPlaceWarnDays: 7 }).success, secondPlace).toBe(true);
    }
  });

  it('refuse a relative path, a control character, and days out of range, in plain words', () => {
    const problem = (input: unknown) => backupSettingsInput.safeParse(input).error?.issues[0].message;
    expect(problem({ secondPlace: 'backups', secondPlaceWarnDays: 7 })).toMatch(/whole path/);
    expect(problem({ secondPlace: '/media/usb\n', secondPlaceWarnDays: 7 })).toMatch(/whole path/);
    expect(problem({ secondPlace: null, secondPlaceWarnDays: 0 })).toBe('Enter between 1 and 90 days');
    expect(problem({ secondPlace: null, secondPlaceWarnDays: 2.5 })).toMatch(/whole number/);
  });
});
