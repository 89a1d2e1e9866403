/**
 * Every kind of Today item in hand-written SQL, for the bench's floor: one statement
 * giving each item's key, due date and urgency. The working days come in as a
 * precomputed table (`working_days`, see WORKING_DAYS_TABLE), the one thing SQL cannot
 * know. Parameters are the settings, named as the settings name them.
 */
import { CARE_LEAVER_AGE, RETENTION_AGE, UPPER_AGE } from '../../shared/youngPeople/rules';
import { latestStarted, waitingOn } from './waitingSql';

/** shared/dates' addMonths: the same day n months on, the 31st clamped to the month's last day. */
const months = (d: string, n: string) =>
  `min(date(${d}, 'start of month', printf('%+d months', ${n}), '+' || (CAST(strftime('%d', ${d}) AS INTEGER) - 1) || ' days'), date(${d}, 'start of month', printf('%+d months', (${n}) + 1), '-1 day'))`;
const days = (d: string, n: string) => `date(${d}, printf('%+d days', ${n}))`;
/** The nth working day after d. */
const workingDays = (d: string, n: string) => `(SELECT day FROM working_days WHERE n = (SELECT min(n) FROM working_days WHERE day > ${d}) + (${n}) - 1)`;
const on = (column: string) => `coalesce(${column} <= @today, 0)`;
const urgency = (due: string, horizon: string) => `CASE WHEN ${due} <= @today THEN 'overdue' WHEN ${due} <= ${horizon} THEN 'due_soon' END`;
/** The supervision's nominal date pushed on by the inactive days inside [start, due): one step of shared/supervision/schedule's loop. */
const PAUSED_DUE = days('s.nominal', `(SELECT coalesce(sum(max(0, julianday(min(coalesce(p.to_date, s.due), s.due)) - julianday(max(p.from_date, s.start)))), 0) FROM volunteer_inactive_periods p WHERE p.volunteer_id = s.id)`);
const ACTIVE_MATCH = `m.start_date <= @today AND NOT ${on('m.end_date')}`;

/** In memory (temp_store is MEMORY): each working day in order, numbered. */
export const WORKING_DAYS_TABLE = 'CREATE TEMP TABLE IF NOT EXISTS working_days (n INTEGER PRIMARY KEY, day TEXT NOT NULL UNIQUE)';

export const TODAY_SQL = `
WITH RECURSIVE
  vol AS MATERIALIZED (
    SELECT v.*,
      ${on('approved_date')} AND NOT ${on('left_date')} AS serving,
      NOT ${on('approved_date')} AND NOT ${on('withdrawn_date')} AND NOT ${on('rejected_date')} AS pipeline,
      julianday(@today) - julianday(max(enquiry_date, coalesce(enquiry_responded_date, ''), coalesce(application_date, ''), coalesce(interview_date, ''),
        coalesce(dbs_issue_date, ''), coalesce(dbs_checked_date, ''),
        coalesce((SELECT max(max(coalesce(requested_date, ''), coalesce(received_date, ''))) FROM volunteer_references r WHERE r.volunteer_id = v.id), ''),
        coalesce((SELECT max(completed_date) FROM volunteer_training t WHERE t.volunteer_id = v.id), ''))) >= @lapseDays AS lapsed_if_pipeline
    FROM volunteers v),
  recruiting AS MATERIALIZED (SELECT * FROM vol WHERE pipeline AND NOT lapsed_if_pipeline),
  live AS MATERIALIZED (
    SELECT m.id, m.start_date, r.young_person_id,
      coalesce((SELECT max(date) FROM visits x WHERE x.match_id = m.id), m.start_date) AS last_visit,
      (SELECT max(date) FROM feedback f WHERE f.match_id = m.id AND f.source = 'young_person') AS last_feedback,
      ${months('m.start_date', '@feedbackMonths')} AS anniversary
    FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE ${ACTIVE_MATCH}),
  supervised AS MATERIALIZED (
    SELECT v.id, coalesce(s.date, (SELECT min(start_date) FROM matches m WHERE m.volunteer_id = v.id AND m.start_date <= @today)) AS start, s.date AS last_date, s.next_due_date
    FROM vol v LEFT JOIN supervisions s ON s.id = (SELECT id FROM supervisions x WHERE x.volunteer_id = v.id AND x.date <= @today ORDER BY x.date DESC, x.id LIMIT 1)
    WHERE v.serving AND EXISTS (SELECT 1 FROM matches m WHERE m.volunteer_id = v.id AND ${ACTIVE_MATCH})),
  schedule(id, start, nominal, due, i) AS (
    SELECT id, start, coalesce(next_due_date, ${days('start', '@supervisionDays')}), coalesce(next_due_date, ${days('start', '@supervisionDays')}), 0 FROM supervised s
      WHERE NOT EXISTS (SELECT 1 FROM volunteer_inactive_periods p WHERE p.volunteer_id = s.id AND p.to_date IS NULL AND p.from_date <= @today AND p.from_date >= s.start)
    UNION ALL
    SELECT id, start, nominal, ${PAUSED_DUE}, i + 1 FROM schedule s WHERE i < 50 AND ${PAUSED_DUE} <> due),
  followed AS MATERIALIZED (
    SELECT y.id, y.next_review_date, y.looked_after_date,
      (SELECT max(date) FROM care_reviews c WHERE c.young_person_id = y.id) AS latest,
      (SELECT count(*) FROM care_reviews c WHERE c.young_person_id = y.id AND c.date >= y.looked_after_date) AS since_count,
      (SELECT max(date) FROM care_reviews c WHERE c.young_person_id = y.id AND c.date >= y.looked_after_date) AS since_latest
    FROM young_people y
    WHERE y.next_review_date IS NOT NULL OR EXISTS (SELECT 1 FROM matches m JOIN referrals r ON r.id = m.referral_id WHERE r.young_person_id = y.id AND ${ACTIVE_MATCH})),
  reg33(id, d, k) AS (
    SELECT id, ${workingDays('looked_after_date', '20')}, 0 FROM followed
      WHERE NOT (next_review_date IS NOT NULL AND (latest IS NULL OR next_review_date > latest)) AND looked_after_date IS NOT NULL AND since_count = 0
    UNION ALL
    SELECT id, ${months('d', 'CASE k WHEN 0 THEN 3 ELSE 6 END')}, k + 1 FROM reg33 WHERE d < @today),
  reviews AS MATERIALIZED (
    SELECT id, CASE WHEN next_review_date IS NOT NULL AND (latest IS NULL OR next_review_date > latest) THEN next_review_date
      WHEN looked_after_date IS NULL THEN NULL
      WHEN since_count > 0 THEN ${months('since_latest', 'CASE since_count WHEN 1 THEN 3 ELSE 6 END')}
      ELSE (SELECT min(d) FROM reg33 g WHERE g.id = f.id AND g.d >= @today) END AS review
    FROM followed f),
  latest_referral AS MATERIALIZED (
    SELECT y.id, y.date_of_birth, r.id AS referral_id, r.closed_date, r.outcome FROM young_people y
      LEFT JOIN referrals r ON r.id = (SELECT id FROM referrals x WHERE x.young_person_id = y.id ORDER BY x.date DESC, x.id DESC LIMIT 1)),
  in_service AS MATERIALIZED (SELECT * FROM latest_referral WHERE referral_id IS NOT NULL AND NOT ${on('closed_date')} AND outcome IN ('pending', 'accepted')),
  items(key, due, urgency) AS (
    SELECT 'safeguarding_open:safeguarding_concerns:' || id, date, 'overdue' FROM safeguarding_concerns WHERE closed_date IS NULL OR closed_date > @today
    UNION ALL SELECT 'visit_overdue:matches:' || id, due, 'overdue' FROM (SELECT id, ${days('last_visit', '@visitDays')} AS due FROM live) WHERE due <= @today
    UNION ALL SELECT 'feedback_visit:matches:' || id, anniversary, ${urgency('anniversary', '@soon')} FROM live
      WHERE NOT coalesce(last_feedback >= ${months('anniversary', '-1')}, 0) AND anniversary <= @soon
    UNION ALL SELECT 'consent_missing:matches:' || id, start_date, 'overdue' FROM live l
      WHERE NOT EXISTS (SELECT 1 FROM consents c WHERE c.young_person_id = l.young_person_id AND c.signed_date <= @today AND NOT ${on('c.withdrawn_date')})
    UNION ALL SELECT 'supervision:volunteers:' || id, due, ${urgency('due', '@supervisionHorizon')} FROM schedule s
      WHERE i = (SELECT max(i) FROM schedule t WHERE t.id = s.id) AND due <= @supervisionHorizon
    UNION ALL SELECT 'care_review:young_people:' || id || ':' || review, due, ${urgency('due', '@reviewHorizon')} FROM (SELECT id, review, ${days('review', '-@reviewDaysBefore')} AS due FROM reviews) r
      WHERE review >= @today AND due <= @reviewHorizon AND NOT EXISTS (SELECT 1 FROM care_review_updates u WHERE u.young_person_id = r.id AND u.review_date = r.review)
    UNION ALL SELECT CASE WHEN dbs_update_service THEN 'dbs_status_check' ELSE 'dbs_recheck' END || ':volunteers:' || id, due, ${urgency('due', '@soon')} FROM (
      SELECT id, dbs_update_service, CASE WHEN dbs_update_service THEN ${months('coalesce(dbs_update_service_checked_date, dbs_issue_date)', '@usMonths')} ELSE ${months('dbs_issue_date', '@recheckYears * 12')} END AS due
      FROM vol WHERE serving AND dbs_issue_date IS NOT NULL) WHERE due <= @soon
    UNION ALL SELECT 'disclosure_note_deletion:volunteers:' || id, due, ${urgency('due', '@soon')} FROM (
      SELECT id, ${months('dbs_disclosure_decision_date', '@disclosureMonths')} AS due FROM vol WHERE dbs_disclosure_note IS NOT NULL AND dbs_disclosure_decision_date IS NOT NULL) WHERE due <= @soon
    UNION ALL SELECT 'enquiry_unanswered:volunteers:' || id, due, 'overdue' FROM (
      SELECT id, ${workingDays('enquiry_date', '@enquiryWorkingDays')} AS due FROM recruiting WHERE application_date IS NULL AND enquiry_responded_date IS NULL) WHERE due <= @today
    UNION ALL SELECT 'reference_outstanding:volunteers:' || v.id || ':' || r.id, ${days('r.requested_date', '@referenceDays')}, 'overdue'
      FROM recruiting v JOIN volunteer_references r ON r.volunteer_id = v.id WHERE r.requested_date IS NOT NULL AND r.received_date IS NULL AND ${days('r.requested_date', '@referenceDays')} <= @today
    UNION ALL SELECT 'approval_overdue:volunteers:' || id, due, 'overdue' FROM (SELECT id, ${days('application_date', '@approvalDays')} AS due FROM recruiting WHERE application_date IS NOT NULL) WHERE due <= @today
    UNION ALL SELECT 'proposal_no_introduction:matches:' || id, due, 'overdue' FROM (SELECT id, ${days('proposed_date', '@proposalDays')} AS due FROM matches WHERE start_date IS NULL AND end_date IS NULL) WHERE due <= @today
    UNION ALL SELECT 'retention_review:young_people:' || id, due, 'overdue' FROM (SELECT id, ${months('date_of_birth', `${RETENTION_AGE * 12}`)} AS due FROM young_people) WHERE due <= @today
    UNION ALL SELECT kind || ':young_people:' || id, due, ${urgency('due', '@birthdays')} FROM (
      SELECT id, 'turning_18' AS kind, ${months('date_of_birth', `${CARE_LEAVER_AGE * 12}`)} AS due FROM in_service
      UNION ALL SELECT id, 'turning_25', ${months('date_of_birth', `${UPPER_AGE * 12}`)} FROM in_service) WHERE due > ${days('@today', '-@birthdayDays')} AND due <= @birthdays
    UNION ALL SELECT 'long_wait:young_people:' || id, due, 'overdue' FROM (
      SELECT s.id, ${days(`coalesce(${latestStarted('@today', 'm.end_date')}, r.date)`, '@longWaitDays')} AS due FROM in_service s JOIN referrals r ON r.id = s.referral_id WHERE ${waitingOn('@today')}) WHERE due <= @today
  )
SELECT key, due, urgency FROM items`;
