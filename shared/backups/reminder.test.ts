import { describe, expect, it } from 'vitest';
import { backupReminder } from './reminder';

const TODAY = '2026-12-01';
/** Midday UTC, so the local date is the same in any UK time. */
const madeOn = (date: string) => `${date}T12:00:00.000Z`;

describe('backupReminder', () => {
  it('warns, linking to Backups, when no second place is chosen', () => {
    const item = backupReminder({ folder: null, reachable: false, newestMadeAt: null }, 7, TODAY);
    expect(item).toMatchObject({ urgency: 'overdue', dueDate: TODAY, link: '/backups', subject: 'Backups' });
    expect(item?.message).toMatch(/No second place is chosen/);
  });

  it('warns when the second place cannot be reached, naming it', () => {
    expect(backupReminder({ folder: '/media/usb', reachable: false, newestMadeAt: madeOn(TODAY) }, 7, TODAY)?.message).toMatch(/\/media\/usb, cannot be reached/);
  });

  it('warns when the second place holds no backup yet', () => {
    expect(backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: null }, 7, TODAY)?.message).toMatch(/no backup in the second place/);
  });

  it('says nothing while the newest backup there is no older than the warning days', () => {
    expect(backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: madeOn(TODAY) }, 7, TODAY)).toBeNull();
    expect(backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: madeOn('2026-11-24') }, 7, TODAY)).toBeNull();
  });

  it('warns the day after the warning days run out, with the date of the newest backup and when it fell due', () => {
    const item = backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: madeOn('2026-11-23') }, 7, TODAY);
    expect(item).toMatchObject({ dueDate: '2026-11-30', urgency: 'overdue' });
    expect(item?.message).toContain('from 23/11/2026, 8 days ago');
  });

  it('follows the warning days chosen', () => {
    expect(backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: madeOn('2026-11-29') }, 1, TODAY)?.dueDate).toBe('2026-11-30');
    expect(backupReminder({ folder: '/media/usb', reachable: true, newestMadeAt: madeOn('2026-11-29') }, 2, TODAY)).toBeNull();
  });
});
