/**
 * The expenses screen and the claim sheets for a month, against a hand-written SQL floor
 * that reads the same visits and adds them up in SQL (checked to give the same sheets).
 */
import type { Session } from '../../electron/core/session';
import { expenses, expensesCsv } from '../../electron/core/services/expenses';
import type { ExpensesMonth } from '../../shared/contract';
import { againstFloor } from './measure';

const MONTH = '2026-10';
const FROM = `${MONTH}-01`;
const TO = `${MONTH}-31`;

interface FloorTotal {
  volunteer_id: number;
  visits: number;
  activity: number;
  miles: number;
  transport: number;
}

const sameTotals = (app: ExpensesMonth, totals: FloorTotal[]) =>
  app.sheets.length === totals.length &&
  app.sheets.every((s, i) => {
    const t = totals[i];
    return s.volunteerId === t.volunteer_id && s.totals.visits === t.visits && s.totals.activityPence === t.activity && s.totals.transportPence === t.transport && s.totals.totalPence === t.activity + t.transport && Math.abs(s.totals.miles - t.miles) < 0.005;
  });

export function moneyBench(session: Session): void {
  const sqlite = session.connection.sqlite;
  const visitRows = sqlite.prepare(
    `SELECT m.volunteer_id, v.first_name, v.last_name, y.first_name AS yp_first, y.last_name AS yp_last, x.id, x.date, x.activity, x.activity_cost_pence, x.miles, x.transport_cost_pence
     FROM visits x JOIN matches m ON m.id = x.match_id JOIN volunteers v ON v.id = m.volunteer_id JOIN referrals r ON r.id = m.referral_id JOIN young_people y ON y.id = r.young_person_id
     WHERE x.date BETWEEN ? AND ? ORDER BY v.last_name, v.first_name, m.volunteer_id, x.date, x.id`,
  );
  const totalRows = sqlite.prepare(
    `SELECT m.volunteer_id, count(*) AS visits, coalesce(sum(x.activity_cost_pence), 0) AS activity, coalesce(sum(x.miles), 0) AS miles, coalesce(sum(x.transport_cost_pence), 0) AS transport
     FROM visits x JOIN matches m ON m.id = x.match_id JOIN volunteers v ON v.id = m.volunteer_id
     WHERE x.date BETWEEN ? AND ? GROUP BY m.volunteer_id ORDER BY v.last_name, v.first_name, m.volunteer_id`,
  );
  const scheme = sqlite.prepare('SELECT name, mileage_rate_pence FROM scheme WHERE id = 1');
  againstFloor(
    `Claim sheets for a month (${MONTH})`,
    () => expenses(session.db, { month: MONTH }),
    () => ({ rows: visitRows.all(FROM, TO) as { id: number }[], totals: totalRows.all(FROM, TO) as FloorTotal[], scheme: scheme.get() }),
    (app, floor) => sameTotals(app, floor.totals) && app.sheets.flatMap((s) => s.visits.map((v) => v.id)).join() === floor.rows.map((r) => r.id).join(),
  );
  againstFloor(
    `Expenses CSV for a month (${MONTH})`,
    () => expensesCsv(session.db, { month: MONTH }),
    () => totalRows.all(FROM, TO) as FloorTotal[],
    (app, floor) => app.text.split('\r\n').filter(Boolean).length === floor.length + 1,
  );
}
