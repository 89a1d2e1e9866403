import type { MatchStage } from '../../../shared/matching/record';

const LABELS: Record<MatchStage, string> = { proposed: 'Proposed', introduced: 'Introduced today', active: 'Active', ended: 'Ended' };
const COLOUR: Record<MatchStage, string> = { proposed: 'blue', introduced: 'green', active: 'green', ended: 'grey' };

/** Where a match stands, as a small coloured tag, in words. */
export function MatchStageTag({ stage }: { stage: MatchStage }) {
  return <strong className={`tag tag--${COLOUR[stage]}`}>{LABELS[stage]}</strong>;
}
