/** The match a young person has now, for the IV column of the young people list. */
import { matchStage, type MatchRecord } from '../matching/record';

/**
 * The match under way on the date: one that has started, else one proposed and not yet
 * started (the young person is being matched with that volunteer). Null when neither.
 */
export function currentMatch<T extends MatchRecord>(matches: readonly T[], date: string): { match: T; proposed: boolean } | null {
  const live = matches.filter((m) => matchStage(m, date) !== 'ended');
  const started = live.find((m) => matchStage(m, date) !== 'proposed');
  if (started) return { match: started, proposed: false };
  return live[0] ? { match: live[0], proposed: true } : null;
}
