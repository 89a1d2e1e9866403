/** The waiting list against a floor: hand-written SQL listing the same young people, waits and order, checked equal. */
import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../../electron/core/db/open';
import { waitingList } from '../../electron/core/services/referrals';
import { getCaseSettings } from '../../electron/core/services/settings';
import type { WaitingList } from '../../shared/contract';
import { againstFloor } from './measure';
import { latestStarted, proposedOn, waitingOn } from './waitingSql';

function waitingFloor(db: Db, today: string): WaitingList {
  const { longWaitWeeks } = getCaseSettings(db);
  const rows = db.$client
    .prepare(
      `SELECT referralId, youngPersonId, name, dateOfBirth, area, referralDate, since,
          CAST((julianday(:today) - julianday(since)) / 7 AS INTEGER) AS weeksWaiting,
          CASE WHEN proposed THEN 'being_matched' ELSE 'awaiting_iv' END AS kind,
          julianday(:today) - julianday(since) > :longDays AS long
        FROM (SELECT r.id AS referralId, r.young_person_id AS youngPersonId, y.first_name || ' ' || y.last_name AS name, y.date_of_birth AS dateOfBirth, y.area, r.date AS referralDate,
            coalesce(${latestStarted(':today', 'm.end_date')}, r.date) AS since, ${proposedOn(':today')} AS proposed
          FROM referrals r JOIN young_people y ON y.id = r.young_person_id
          WHERE ${waitingOn(':today')})
        ORDER BY since, name`,
    )
    .all({ today, longDays: longWaitWeeks * 7 }) as (Omit<WaitingList['rows'][number], 'long'> & { long: number })[];
  return { date: today, longWaitWeeks, rows: rows.map((r) => ({ ...r, long: r.long === 1 })) };
}

export function waitingAgainstFloor(db: Db, today: string): void {
  againstFloor('waiting list', () => waitingList(db, today), () => waitingFloor(db, today), isDeepStrictEqual);
}
