import { useState, type ChangeEvent } from 'react';
import { api } from '../../api';
import { SuccessBanner, Warning } from '../../components/Notice';
import { CheckboxField } from '../../components/CheckboxField';
import type { CallInput, ImportPreview } from '../../../../shared/contract';
import type { ListName } from '../../../../shared/interchange/format';
import { LIST_LABELS } from '../../../../shared/interchange/listLabels';
import { decodeUtf8, NOT_UTF8 } from '../../../../shared/utf8';

const countsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([list, n]) => `${n} ${LIST_LABELS[list as ListName] ?? list}`)
    .join(', ');

type ImportFile = CallInput<'importData'>;

/** The last part of a path as either Windows or the others write it. */
const fileNameOf = (path: string) => path.split(/[\\/]/).pop() || path;

/**
 * Import shows what a file would add, or why it cannot, before anything is written. The
 * desktop app sends where the chosen file is, which core reads as it imports, so any size
 * goes; the plain browser (the test harness) has no open dialog and sends the file's text.
 */
export function ImportExport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<{ name: string; source: ImportFile } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [includeSafeguarding, setIncludeSafeguarding] = useState(false);

  const chooseImportFile = api.chooseImportFile;

  async function previewOf(name: string, source: ImportFile) {
    setFile({ name, source });
    const result = await api.previewImport(source);
    if (result.ok) setPreview(result.value);
    else setMessage({ kind: 'error', text: result.error.message });
  }

  function startAgain() {
    setMessage(null);
    setPreview(null);
    setFile(null);
  }

  async function chooseInDialog() {
    startAgain();
    const result = await chooseImportFile!();
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    if (result.value.path) await previewOf(fileNameOf(result.value.path), { path: result.value.path });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    startAgain();
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const text = decodeUtf8(new Uint8Array(await chosen.arrayBuffer()));
    if (text === null) return setMessage({ kind: 'error', text: NOT_UTF8 });
    await previewOf(chosen.name, { text });
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    const result = await api.importData(file.source);
    setBusy(false);
    setPreview(null);
    setFile(null);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setMessage({ kind: 'success', text: `Imported ${countsText(result.value) || 'the scheme details'}.` });
    onImported();
  }

  async function runExport() {
    setMessage(null);
    const result = await api.exportData({ includeSafeguarding });
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    const url = URL.createObjectURL(new Blob([result.value.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'success', text: `Exported to ${result.value.fileName}.` });
  }

  return (
    <section aria-labelledby="data-heading" className="section">
      <h2 id="data-heading">Import and export</h2>
      <p>
        Files use the IV Desk interchange format (JSON). An import adds every record in the file or, if anything in it is wrong, none of them.
      </p>
      <p>
        <a href="#/import-sheet">Import from a spreadsheet (Excel or CSV)</a>, with a preview first and an undo afterwards.
      </p>
      {message?.kind === 'success' && <SuccessBanner>{message.text}</SuccessBanner>}
      {message?.kind === 'error' && (
        <p className="error-message" role="alert">
          {message.text}
        </p>
      )}
      {chooseImportFile ? (
        <p>
          <button type="button" className="button button--secondary" onClick={chooseInDialog}>
            Choose a file to import…
          </button>
        </p>
      ) : (
        <div className="field">
          <label className="label" htmlFor="import-file">
            Choose a file to import
          </label>
          <input id="import-file" className="file-input" type="file" accept=".json,application/json" onChange={choose} />
        </div>
      )}
      {preview && file && (
        <div className="preview" aria-live="polite">
          <h3>{file.name}</h3>
          {preview.valid ? (
            <>
              <p>This file would add {countsText(preview.counts) || 'no records'}{preview.schemeName ? `, and set the scheme details to those of “${preview.schemeName}”` : ''}.</p>
              <button className="button" type="button" onClick={runImport} disabled={busy}>
                {busy ? 'Importing…' : 'Import these records'}
              </button>
            </>
          ) : (
            <div className="error-summary" role="alert">
              <h4>This file cannot be imported. Nothing has been changed.</h4>
              <ul>
                {preview.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      <h3>Export everything</h3>
      <Warning>The export file is not encrypted. Save it only to an encrypted drive, and delete it when you no longer need it.</Warning>
      <CheckboxField
        name="includeSafeguarding"
        label="Include the safeguarding log"
        hint="Leave this off unless the whole log must move to another copy of IV Desk. The safeguarding log is kept apart from ordinary records and is otherwise never exported."
        checked={includeSafeguarding}
        onChange={setIncludeSafeguarding}
      />
      {includeSafeguarding && <Warning>This export will contain every safeguarding concern. Keep the file as securely as the log itself, and delete it as soon as it has been imported.</Warning>}
      <button className="button button--secondary" type="button" onClick={runExport}>
        Export all records
      </button>
    </section>
  );
}
