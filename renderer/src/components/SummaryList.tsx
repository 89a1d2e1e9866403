import type { ReactNode } from 'react';

/** Key and value rows, GOV.UK's summary list. Empty values read "Not recorded". */
export function SummaryList({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="summary-list">
      {rows.map(([key, value]) => (
        <div className="summary-list__row" key={key}>
          <dt className="summary-list__key">{key}</dt>
          <dd className="summary-list__value">{value === null || value === undefined || value === '' ? <span className="secondary">Not recorded</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
