import { PageHeading } from '../components/PageHeading';
import { Warnings } from '../components/Warnings';

/** The data folder holds records but not their key file: say how to bring it back, never offer to start again over them. */
export function KeyFileMissingScreen({ problem, warnings, onCheckAgain }: { problem: string; warnings: string[]; onCheckAgain: () => void }) {
  return (
    <main className="narrow" id="main">
      <Warnings warnings={warnings} />
      <PageHeading caption="IV Desk">The key file is missing</PageHeading>
      <p>{problem}</p>
      <button className="button" type="button" onClick={onCheckAgain}>
        I have put it back: check again
      </button>
    </main>
  );
}
