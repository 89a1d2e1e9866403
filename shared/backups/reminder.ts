/** Today's one item about backups: a second place that is not chosen, cannot be reached, or has nothing recent. */
import { addDays, daysBetween, formatUkDate, todayIso } from '../dates';
import type { TodayItem } from '../today';

export interface SecondPlaceState {
  folder: string | null;
  /** False when the folder is chosen but cannot be read now (the USB stick is not plugged in). */
  reachable: boolean;
  /** When the newest backup there was made (ISO timestamp, UTC), or null when it holds none. */
  newestMadeAt: string | null;
}

const LINK = '/backups';
const SUBJECT = 'Backups';

export function backupReminder(place: SecondPlaceState, secondPlaceWarnDays: number, today: string): TodayItem | null {
  const item = (message: string, dueDate = today): TodayItem => ({ key: 'backup_second_place', kind: 'backup_second_place', urgency: 'overdue', dueDate, subject: SUBJECT, message, link: LINK, record: null });
  if (!place.folder) {
    return item('No second place is chosen for backups. Choose a folder on an encrypted USB stick or a network share, so a copy survives if this computer is lost or stolen.');
  }
  if (!place.reachable) return item(`The second place for backups, ${place.folder}, cannot be reached. Plug in the USB stick or connect to the share, then back up now.`);
  if (!place.newestMadeAt) return item(`There is no backup in the second place, ${place.folder}, yet. Back up now.`);
  const newest = todayIso(new Date(place.newestMadeAt));
  const age = daysBetween(newest, today);
  if (age <= secondPlaceWarnDays) return null;
  return item(`The newest backup in the second place is from ${formatUkDate(newest)}, ${age} days ago. Plug in the USB stick or connect to the share, then back up now.`, addDays(newest, secondPlaceWarnDays));
}
