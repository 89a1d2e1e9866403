/**
 * The National Standards self-assessment for a financial year against a floor: hand-written
 * SQL counting what the evidence counts (consents on active matches, training, referrals
 * handled, visits per match-month, who is counted for equality, complaints), checked equal
 * to the app's words. The annual report in Word is timed too, and written to
 * IV_DESK_BENCH_REPORT when that names a file, to be looked at.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Session } from '../../electron/core/session';
import { standardsView } from '../../electron/core/reports/standards';
import { annualReportDocument } from '../../electron/core/documents/annualReport';
import type { StandardsView } from '../../shared/contract/reports';
import type { Period } from '../../shared/figures';
import { againstFloor } from './measure';

const IN = (column: string) => `${column} >= :from AND ${column} <= :to`;
const ACTIVE_AT_END = `m.start_date <= :to AND (m.end_date IS NULL OR m.end_date > :to)`;

function floor(session: Session, p: Period) {
  const one = (sql: string) => session.connection.sqlite.prepare(sql).pluck().get(p) as number;
  // Days each match ran within the year, its end day not counted.
  const matchDays = one(
    `SELECT coalesce(sum(julianday(min(coalesce(end_date, date(:to, '+1 day')), date(:to, '+1 day'))) - julianday(max(start_date, :from))), 0)
       FROM matches WHERE start_date IS NOT NULL AND start_date <= :to AND coalesce(end_date, date(:to, '+1 day')) > max(start_date, :from)`,
  );
  return {
    active: one(`SELECT count(*) FROM matches m WHERE ${ACTIVE_AT_END}`),
    withConsent: one(
      `SELECT count(*) FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE ${ACTIVE_AT_END} AND EXISTS (SELECT 1 FROM consents c WHERE c.young_person_id = r.young_person_id AND c.signed_date <= :to AND NOT coalesce(c.withdrawn_date <= :to, 0))`,
    ),
    modules: one(`SELECT count(*) FROM volunteer_training WHERE ${IN('completed_date')}`),
    received: one(`SELECT count(*) FROM referrals WHERE ${IN('date')}`),
    handled: one(`SELECT count(*) FROM referrals WHERE ${IN('date')} AND ((outcome <> 'pending' AND coalesce(outcome_date, date) <= :to) OR closed_date <= :to)`),
    visits: one(`SELECT count(*) FROM visits WHERE ${IN('date')}`),
    perMatchMonth: matchDays === 0 ? null : Math.round((one(`SELECT count(*) FROM visits WHERE ${IN('date')}`) / (matchDays / (365.25 / 12))) * 10) / 10,
    volunteersAtEnd: one(`SELECT count(*) FROM volunteers WHERE approved_date <= :to AND NOT coalesce(left_date <= :to, 0)`),
    youngPeopleMatched: one(`SELECT count(DISTINCT r.young_person_id) FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE m.start_date <= :to AND (m.end_date IS NULL OR (m.end_date > :from AND m.end_date > m.start_date))`),
    complaints: one(`SELECT count(*) FROM complaints WHERE ${IN('date')}`),
  };
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function sameNumbers(view: StandardsView, f: ReturnType<typeof floor>): boolean {
  const value = (n: number, label: string) => view.standards[n - 1].evidence!.lines.find((l) => l.label === label)?.value;
  const share = (part: number, whole: number) => (whole === 0 ? 'none to count' : `${number.format(part)} of ${number.format(whole)} (${oneDecimal.format(Math.round((part / whole) * 1000) / 10)}%)`);
  const expected: [number, string, string][] = [
    [3, "Active matches at the year's end", number.format(f.active)],
    [3, 'With a confidentiality agreement in force', share(f.withConsent, f.active)],
    [6, 'Training modules completed in the year', number.format(f.modules)],
    [7, 'Referrals received', number.format(f.received)],
    [7, "Handled by the year's end (an outcome given or closed)", share(f.handled, f.received)],
    [8, 'Visits in the year', number.format(f.visits)],
    [8, 'Visits per active match per month', f.perMatchMonth === null ? 'no matches running' : oneDecimal.format(f.perMatchMonth)],
    [13, "Volunteers with the scheme at the year's end", number.format(f.volunteersAtEnd)],
    [13, 'Young people matched in the year', number.format(f.youngPeopleMatched)],
    [14, 'Complaints received in the year', number.format(f.complaints)],
  ];
  const differ = expected.filter(([n, label, want]) => value(n, label) !== want);
  for (const [n, label, want] of differ) console.log(`  standard ${n}, ${label}: app ${value(n, label)}, floor ${want}`);
  return differ.length === 0;
}

export async function standardsBench(session: Session, year: number, period: Period, today: string): Promise<void> {
  againstFloor('Standards self-assessment (a year’s evidence)', () => standardsView(session.db, year, today), () => floor(session, period), sameNumbers);
  const started = performance.now();
  const { base64 } = await annualReportDocument(session.db, period, today);
  console.log(`${'annual report in Word (one run)'.padEnd(44)} ${(performance.now() - started).toFixed(1).padStart(7)} ms   (${(base64.length * 0.75 / 1e3).toFixed(0)} kB)`);
  if (process.env.IV_DESK_BENCH_REPORT) writeFileSync(process.env.IV_DESK_BENCH_REPORT, Buffer.from(base64, 'base64'));
}
