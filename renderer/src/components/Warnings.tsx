import { Warning } from './Notice';

/** The session's standing warnings (a synced data folder, a damaged recovery key copy), one per line. */
export function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="warnings" role="status">
      {warnings.map((warning) => (
        <Warning key={warning}>{warning}</Warning>
      ))}
    </div>
  );
}
