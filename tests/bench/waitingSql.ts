/** The waiting list as at a date, in hand-written SQL, for the floors of the figures and the waiting list. `d` names the date's parameter. */
/** `value` (an expression on the match `m`) of the referral's latest match started by the date. */
export const latestStarted = (d: string, value: string) =>
  `(SELECT ${value} FROM matches m WHERE m.referral_id = r.id AND m.start_date <= ${d} ORDER BY m.start_date DESC, m.proposed_date DESC, m.id DESC LIMIT 1)`;

/** Open on the date, not matched on it, and either never matched or ended wanting a rematch (a referral `r`). */
export const waitingOn = (d: string) => `r.date <= ${d}
  AND (r.outcome IN ('pending', 'accepted') OR coalesce(r.outcome_date, r.date) > ${d})
  AND NOT coalesce(r.closed_date <= ${d}, 0)
  AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.referral_id = r.id AND m.start_date <= ${d} AND (m.end_date IS NULL OR m.end_date > ${d}))
  AND coalesce(${latestStarted(d, `coalesce(m.end_date <= ${d}, 0) AND coalesce(m.rematch_wanted, 0)`)}, 1)`;

/** 1 when a match is proposed and neither started nor ended by the date: being matched rather than awaiting an IV. */
export const proposedOn = (d: string) =>
  `EXISTS (SELECT 1 FROM matches m WHERE m.referral_id = r.id AND m.proposed_date <= ${d} AND NOT coalesce(m.start_date <= ${d}, 0) AND NOT coalesce(m.end_date <= ${d}, 0))`;
