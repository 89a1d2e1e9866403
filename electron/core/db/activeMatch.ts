/**
 * A match `m` active on @today, as SQL: started by the day and not ended by it (what
 * matchActiveOn in shared/referrals/waiting.ts decides). The `+` keeps SQLite off the
 * start-date index: nearly every match has started, but few are still open, so the
 * end-date index finds the open ones in a fraction of the reads.
 */
export const ACTIVE_MATCH = '+m.start_date <= @today AND (m.end_date IS NULL OR m.end_date > @today)';
