/**
 * Today's data against a hand-written SQL floor (todaySql.ts) that works out every kind
 * of item from the same database: the two must agree item for item, on the key, the due
 * date and the urgency. The working days are given to the floor as a table filled before
 * timing, as bank holidays are facts from outside the database.
 */
import type { Session } from '../../electron/core/session';
import { todayView } from '../../electron/core/services/today';
import { getCaseSettings, getRecruitmentSettings } from '../../electron/core/services/settings';
import { schemeBankHolidays } from '../../electron/core/services/bankHolidays';
import { addDays, isWorkingDay } from '../../shared/dates';
import { againstFloor } from './measure';
import { TODAY_SQL, WORKING_DAYS_TABLE } from './todaySql';

interface FloorItem {
  key: string;
  due: string;
  urgency: string;
}

/** Every working day from the earliest date a rule counts from to a year after today. */
function fillWorkingDays(session: Session, today: string): void {
  const sqlite = session.connection.sqlite;
  const holidays = schemeBankHolidays(session.db);
  const earliest = (sqlite.prepare('SELECT min(d) FROM (SELECT enquiry_date AS d FROM volunteers UNION ALL SELECT looked_after_date FROM young_people)').pluck().get() as string | null) ?? today;
  sqlite.exec(WORKING_DAYS_TABLE);
  sqlite.exec('DELETE FROM temp.working_days');
  const insert = sqlite.prepare('INSERT INTO temp.working_days (day) VALUES (?)');
  sqlite.transaction(() => {
    for (let d = earliest; d <= addDays(today, 366); d = addDays(d, 1)) if (isWorkingDay(d, holidays)) insert.run(d);
  })();
}

/** The floor's statement and its parameters for the day, the working days filled. */
function floorFor(session: Session, today: string) {
  const cases = getCaseSettings(session.db);
  const { reminders: r } = getRecruitmentSettings(session.db);
  fillWorkingDays(session, today);
  const statement = session.connection.sqlite.prepare(TODAY_SQL);
  const params = {
    today,
    soon: addDays(today, r.dueSoonDays),
    lapseDays: r.lapseDays,
    usMonths: r.updateServiceCheckMonths,
    recheckYears: r.dbsRecheckYears,
    disclosureMonths: r.disclosureNoteMonths,
    enquiryWorkingDays: r.enquiryResponseWorkingDays,
    referenceDays: r.referenceChaseDays,
    approvalDays: r.applicationToApprovalWeeks * 7,
    visitDays: cases.visitOverdueWeeks * 7,
    feedbackMonths: cases.feedbackVisitMonths,
    supervisionDays: cases.supervisionWeeks * 7,
    supervisionHorizon: addDays(today, cases.supervisionNoticeDays),
    reviewDaysBefore: cases.reviewUpdateDaysBefore,
    reviewHorizon: addDays(today, cases.reviewReminderDays),
    proposalDays: cases.proposalIntroductionWeeks * 7,
    birthdayDays: cases.birthdayNoticeDays,
    birthdays: addDays(today, cases.birthdayNoticeDays),
    longWaitDays: cases.longWaitWeeks * 7,
  };
  return () => statement.all(params) as FloorItem[];
}

/** Every item the floor finds on the day. */
export const floorItems = (session: Session, today: string): FloorItem[] => floorFor(session, today)();

export function benchToday(session: Session, today: string): void {
  const keyed = (items: FloorItem[]) => items.map((i) => `${i.key}@${i.due}/${i.urgency}`).sort();
  againstFloor(
    "Today's data (every kind of item)",
    () => todayView(session.db, today),
    floorFor(session, today),
    (app, rows) => JSON.stringify(keyed(app.groups.flatMap((g) => g.items).map((i) => ({ key: i.key, due: i.dueDate, urgency: i.urgency })))) === JSON.stringify(keyed(rows)),
  );
}
