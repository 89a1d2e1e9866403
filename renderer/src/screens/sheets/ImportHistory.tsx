import type { SheetImportEntry } from '../../../../shared/contract';
import { SHEET_KIND_LABELS } from '../../../../shared/sheets/fields';
import { backupTimeText } from '../../../../shared/backups/format';
import { TableScroll } from '../../components/TableScroll';
import { countsWords } from '../../../../shared/sheets/stored';

/** Every spreadsheet import, newest first, each undoable as a whole until it is undone. */
export function ImportHistory({ entries, onUndo }: { entries: SheetImportEntry[]; onUndo: (entry: SheetImportEntry) => void }) {
  return (
    <section aria-labelledby="sheet-history-heading" className="section">
      <h2 id="sheet-history-heading">Imports so far</h2>
      {entries.length === 0 ? (
        <p>No spreadsheet has been imported yet.</p>
      ) : (
        <TableScroll label="Imports so far">
          <table className="table">
            <caption className="visually-hidden">Imports so far</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">What</th>
                <th scope="col">Added</th>
                <th scope="col">
                  <span className="visually-hidden">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{backupTimeText(e.importedAt)}</td>
                  <td>
                    {e.fileName}
                    {e.sheet ? `, sheet ${e.sheet}` : ''}
                  </td>
                  <td>{SHEET_KIND_LABELS[e.kind].split(' (')[0]}</td>
                  <td>{countsWords(e.counts)}</td>
                  <td>
                    {e.undoneAt ? (
                      `Undone ${backupTimeText(e.undoneAt)}`
                    ) : (
                      <button type="button" className="button button--secondary button--compact" onClick={() => onUndo(e)}>
                        Undo<span className="visually-hidden"> the import of {e.fileName} on {backupTimeText(e.importedAt)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
