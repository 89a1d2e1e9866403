/**
 * Today's data against a hand-written SQL floor. The floor works out, in SQL alone, the
 * items whose rules SQL can state plainly (open safeguarding concerns, visits overdue on
 * live matches, proposals with no introduction, DBS re-checks and Update Service checks)
 * and the app's items of those kinds must match it key for key and date for date. The
 * other kinds (working days, reg 33, the supervision schedule) have no SQL floor here, so
 * the ratio is the whole of Today against the floor of those kinds: an upper bound.
 */
import type { Session } from '../../electron/core/session';
import { todayView } from '../../electron/core/services/today';
import { getCaseSettings, getRecruitmentSettings } from '../../electron/core/services/settings';
import { addDays } from '../../shared/dates';
import { againstFloor } from './measure';

const KINDS = new Set(['safeguarding_open', 'visit_overdue', 'proposal_no_introduction', 'dbs_recheck', 'dbs_status_check']);

export function benchToday(session: Session, today: string): void {
  const sqlite = session.connection.sqlite;
  const cases = getCaseSettings(session.db);
  const { reminders } = getRecruitmentSettings(session.db);
  const soon = addDays(today, reminders.dueSoonDays);
  const floor = sqlite.prepare(`
    SELECT 'safeguarding_open:safeguarding_concerns:' || id AS key, date AS due FROM safeguarding_concerns WHERE closed_date IS NULL
    UNION ALL
    SELECT 'visit_overdue:matches:' || m.id, date(coalesce((SELECT max(date) FROM visits v WHERE v.match_id = m.id), m.start_date), '+' || @visitDays || ' days') AS due
      FROM matches m WHERE m.start_date <= @today AND (m.end_date IS NULL OR m.end_date > @today) AND due <= @today
    UNION ALL
    SELECT 'proposal_no_introduction:matches:' || id, date(proposed_date, '+' || @proposalDays || ' days') FROM matches
      WHERE start_date IS NULL AND end_date IS NULL AND proposed_date <= date(@today, '-' || @proposalDays || ' days')
    UNION ALL
    SELECT CASE WHEN dbs_update_service THEN 'dbs_status_check' ELSE 'dbs_recheck' END || ':volunteers:' || id,
        CASE WHEN dbs_update_service THEN date(coalesce(dbs_update_service_checked_date, dbs_issue_date), '+' || @usMonths || ' months') ELSE date(dbs_issue_date, '+' || @recheckYears || ' years') END AS due
      FROM volunteers WHERE approved_date <= @today AND (left_date IS NULL OR left_date > @today) AND dbs_issue_date IS NOT NULL AND due <= @soon
  `);
  const params = { today, soon, visitDays: cases.visitOverdueWeeks * 7, proposalDays: cases.proposalIntroductionWeeks * 7, usMonths: reminders.updateServiceCheckMonths, recheckYears: reminders.dbsRecheckYears };
  const keyed = (rows: { key: string; due: string }[]) => rows.map((r) => `${r.key}@${r.due}`).sort();
  againstFloor(
    "Today's data (all kinds) vs SQL floor of 5 kinds",
    () => todayView(session.db, today),
    () => floor.all(params) as { key: string; due: string }[],
    (app, rows) => JSON.stringify(keyed(app.groups.flatMap((g) => g.items).filter((i) => KINDS.has(i.kind)).map((i) => ({ key: i.key, due: i.dueDate })))) === JSON.stringify(keyed(rows)),
  );
}
