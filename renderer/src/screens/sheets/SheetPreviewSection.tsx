import type { SheetPreview } from '../../../../shared/contract';
import { SummaryList } from '../../components/SummaryList';
import { CheckboxField } from '../../components/CheckboxField';
import { countsWords } from '../../../../shared/sheets/stored';

/** What the import would add, before anything is written: counts, problems by row and column, the first rows as stored, and likely duplicates. */
export function SheetPreviewSection({ preview, importDuplicates, onDuplicateChoice }: { preview: SheetPreview; importDuplicates: Set<number>; onDuplicateChoice: (row: number, imported: boolean) => void }) {
  const more = preview.moreProblems;
  return (
    <section aria-labelledby="sheet-preview-heading" className="section">
      <h2 id="sheet-preview-heading">Preview</h2>
      <p>
        {preview.rowsRead.toLocaleString('en-GB')} rows read{preview.headerRow ? `; the headers are on row ${preview.headerRow}` : ''}. {Object.keys(preview.counts).length ? `${preview.problems.length ? 'The rows without problems would add' : 'This would add'} ${countsWords(preview.counts)}.` : 'This would add nothing.'}
      </p>
      {preview.problems.length > 0 && (
        <div className="error-summary" role="alert" aria-labelledby="sheet-problems-heading">
          <h3 id="sheet-problems-heading">
            {preview.problems.length + more} problem{preview.problems.length + more === 1 ? '' : 's'} to put right before importing. Nothing has been changed.
          </h3>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {more > 0 && <li>and {more.toLocaleString('en-GB')} more problems like these</li>}
          </ul>
        </div>
      )}
      {preview.notes.length > 0 && (
        <ul className="list--bullet" aria-label="Rows left out">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {preview.duplicates.length > 0 && (
        <>
          <h3>Likely duplicates</h3>
          <p>These rows look like records already in IV Desk. They are skipped unless you choose to import them.</p>
          {preview.duplicates.map((d) => (
            <CheckboxField
              key={d.row}
              name={`duplicate-${d.row}`}
              label={`Import row ${d.row} (${d.name}) all the same`}
              hint={`It looks like ${d.existing.join('; ')}.`}
              checked={importDuplicates.has(d.row)}
              onChange={(checked) => onDuplicateChoice(d.row, checked)}
            />
          ))}
          {preview.moreDuplicates > 0 && <p>{preview.moreDuplicates.toLocaleString('en-GB')} more rows look like records already in IV Desk, and are skipped.</p>}
        </>
      )}
      {preview.rows.length > 0 && (
        <>
          <h3>The first rows as they will be stored</h3>
          {preview.rows.map((r) => (
            <section key={r.row} aria-label={`Row ${r.row}`} className="sheet-row">
              <h4>Row {r.row}</h4>
              <SummaryList rows={r.values.map((v) => [v.label, v.text])} />
            </section>
          ))}
        </>
      )}
    </section>
  );
}
