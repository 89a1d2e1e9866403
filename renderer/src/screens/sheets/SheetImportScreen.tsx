/**
 * Spreadsheet import: choose a file and what it holds, check each column's field and the
 * values of choice columns, see the preview (counts, problems by row and column, the
 * first rows as stored, likely duplicates), import, and undo an import from the history.
 * Core reads the file: the renderer sends its bytes and shows what comes back.
 */
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { Radios } from '../../components/Radios';
import { SuccessBanner, Warning } from '../../components/Notice';
import { useConfirm } from '../../components/ConfirmDialog';
import { SHEET_KINDS, SHEET_KIND_LABELS, type SheetKind } from '../../../../shared/sheets/fields';
import { TWO_DIGIT_YEAR_RULE } from '../../../../shared/sheets/dates';
import { valueKey } from '../../../../shared/sheets/values';
import type { SheetMapping } from '../../../../shared/sheets/records';
import type { SheetImportEntry, SheetPreview } from '../../../../shared/contract';
import { ColumnsTable } from './ColumnsTable';
import { ValuesTable } from './ValuesTable';
import { SheetPreviewSection } from './SheetPreviewSection';
import { ImportHistory } from './ImportHistory';
import { fileBase64 } from './fileBase64';
import { countsWords } from '../../../../shared/sheets/stored';
import { CallProgressBar } from '../../components/CallProgressBar';

/** Reading a long sheet and writing its records take seconds: each call's progress shows beside the button that started it. */
type SheetCall = 'sheetPreview' | 'sheetImport';
const PREVIEW_CALL = ['sheetPreview'] as const;
const IMPORT_CALL = ['sheetImport'] as const;

type Message = { kind: 'success' | 'error'; text: string } | null;

export function SheetImportScreen() {
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [kind, setKind] = useState<SheetKind>('volunteers');
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mapping, setMapping] = useState<SheetMapping | undefined>(undefined);
  const [importDuplicates, setImportDuplicates] = useState<Set<number>>(new Set());
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [changed, setChanged] = useState(false);
  const [history, setHistory] = useState<SheetImportEntry[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<{ call: SheetCall; words: string } | null>(null);
  const busyWith = (call: SheetCall) => (busy?.call === call ? busy.words : null);
  const confirm = useConfirm();
  // A message after an import or an undo is said where the coordinator is, and read out.
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const showHistory = (result: Awaited<ReturnType<typeof api.sheetImports>>) => {
    if (result.ok) setHistory(result.value);
  };
  const loadHistory = () => api.sheetImports({}).then(showHistory);
  useEffect(() => {
    api.sheetImports({}).then(showHistory);
  }, []);

  type Over = { mapping?: SheetMapping; sheet?: string; importDuplicates?: Set<number> };
  const request = (over: Over = {}) => ({
    base64: file!.base64,
    fileName: file!.name,
    kind,
    ...((over.sheet ?? sheet) ? { sheet: over.sheet ?? sheet } : {}),
    ...((over.mapping ?? mapping) ? { mapping: over.mapping ?? mapping } : {}),
    importDuplicates: [...(over.importDuplicates ?? importDuplicates)],
  });

  async function runPreview(over: Over = {}) {
    if (!file) return setMessage({ kind: 'error', text: 'Choose a spreadsheet file first.' });
    setBusy({ call: 'sheetPreview', words: 'Reading the sheet…' });
    setMessage(null);
    const result = await api.sheetPreview(request(over));
    setBusy(null);
    if (!result.ok) {
      setPreview(null);
      return setMessage({ kind: 'error', text: result.error.message });
    }
    setPreview(result.value);
    setMapping(result.value.mapping);
    setSheet(result.value.sheet ?? undefined);
    setChanged(false);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // The choices made so far stay: a corrected copy of the same sheet has the same headers.
    setPreview(null);
    setSheet(undefined);
    setImportDuplicates(new Set());
    setMessage(null);
    setFile(chosen ? { name: chosen.name, base64: await fileBase64(chosen) } : null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void runPreview();
  }

  const change = (next: SheetMapping) => {
    setMapping(next);
    setChanged(true);
  };

  async function runImport() {
    setBusy({ call: 'sheetImport', words: 'Importing…' });
    const result = await api.sheetImport(request());
    setBusy(null);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setMessage({ kind: 'success', text: `Imported ${countsWords(result.value.counts)} from ${file!.name}. You can undo the whole import from the list below.` });
    // The file stays chosen, as its box still shows it: reading it again finds its rows already in.
    // Its choices are saved with the import, and come back from there for the next file.
    setPreview(null);
    setMapping(undefined);
    await loadHistory();
  }

  async function undo(entry: SheetImportEntry) {
    const sure = await confirm.ask({
      title: `Undo the import of ${entry.fileName}?`,
      body: <p>Every record this import added is removed. This can only be done while nothing has changed them since.</p>,
      confirmLabel: 'Undo the import',
    });
    if (!sure) return;
    const result = await api.undoSheetImport({ id: entry.id });
    setMessage(result.ok ? { kind: 'success', text: result.value.message } : { kind: 'error', text: result.error.message });
    await loadHistory();
  }

  const canImport = preview && !changed && preview.problems.length === 0 && Object.keys(preview.counts).length > 0;
  return (
    <>
      <PageHeading caption="Settings">Import from a spreadsheet</PageHeading>
      <p>Bring in records from an Excel workbook (.xlsx) or a CSV file. Nothing is written until you have seen the preview and chosen to import; an import adds every row or, if anything is wrong, none.</p>
      <div ref={messageRef} tabIndex={-1}>
        {message?.kind === 'success' && <SuccessBanner>{message.text}</SuccessBanner>}
        {message?.kind === 'error' && (
          <p className="error-message" role="alert">
            {message.text}
          </p>
        )}
      </div>
      <form onSubmit={submit} noValidate className="section">
        <div className="field">
          <label className="label" htmlFor="sheet-file">
            Spreadsheet file
          </label>
          <p className="hint" id="sheet-file-hint">
            An Excel workbook (.xlsx) or a CSV file. Old .xls files: open them in Excel and save them as .xlsx first.
          </p>
          <input id="sheet-file" className="file-input" type="file" accept=".xlsx,.csv,.txt" aria-describedby="sheet-file-hint" onChange={choose} />
        </div>
        <SelectField
          name="kind"
          label="What the sheet holds"
          value={kind}
          onChange={(value) => {
            setKind(value as SheetKind);
            setMapping(undefined);
            setPreview(null);
          }}
          options={SHEET_KINDS.map((k) => [k, SHEET_KIND_LABELS[k]])}
        />
        {preview && preview.sheets.length > 1 && (
          <SelectField name="sheet" label="Sheet" hint="One sheet at a time." value={sheet ?? ''} onChange={(value) => void runPreview({ sheet: value, mapping: undefined })} options={preview.sheets.map((s) => [s, s])} />
        )}
        <button type="submit" className="button" disabled={!!busy}>
          {preview ? 'Read the file again' : 'Read the file'}
        </button>
      </form>
      <CallProgressBar busy={busyWith('sheetPreview')} calls={PREVIEW_CALL} />
      {preview && mapping && (
        <section aria-labelledby="sheet-mapping-heading" className="section">
          <h2 id="sheet-mapping-heading">Columns and values</h2>
          {preview.savedMapping && <p>These choices are the ones made for the last file with the same headers.</p>}
          <ColumnsTable
            kind={kind}
            columns={preview.columns.map((c) => ({ ...c, field: mapping.columns[c.header] ?? null }))}
            trainingModules={preview.trainingModules}
            onChange={(header, field) => change({ ...mapping, columns: { ...mapping.columns, [header]: field } })}
          />
          <ValuesTable
            kind={kind}
            values={preview.values.map((v) => ({ ...v, value: mapping.values[v.field]?.[valueKey(v.text)] ?? v.value }))}
            onChange={(field, text, value) => {
              const own = { ...(mapping.values[field] ?? {}) };
              if (value) own[valueKey(text)] = value;
              else delete own[valueKey(text)];
              change({ ...mapping, values: { ...mapping.values, [field]: own } });
            }}
          />
          {(preview.dateNotes.length > 0 || mapping.dateOrder === 'mdy') && (
            <>
              {preview.dateNotes.map((note) => (
                <Warning key={note}>{note}</Warning>
              ))}
              <Radios
                name="dateOrder"
                legend="How are dates such as 03/04/2024 written in this file?"
                hint={TWO_DIGIT_YEAR_RULE}
                value={mapping.dateOrder}
                onChange={(value) => change({ ...mapping, dateOrder: value as SheetMapping['dateOrder'] })}
                options={[
                  ['dmy', 'Day first (dd/mm/yyyy), as in the UK'],
                  ['mdy', 'Month first (mm/dd/yyyy), as in the US'],
                ]}
              />
            </>
          )}
          {changed && (
            <button type="button" className="button button--secondary" onClick={() => void runPreview()} disabled={!!busy}>
              Preview with these choices
            </button>
          )}
        </section>
      )}
      {preview && !changed && (
        <SheetPreviewSection
          preview={preview}
          importDuplicates={importDuplicates}
          onDuplicateChoice={(row, imported) => {
            const next = new Set(importDuplicates);
            if (imported) next.add(row);
            else next.delete(row);
            setImportDuplicates(next);
            void runPreview({ importDuplicates: next });
          }}
        />
      )}
      {canImport && (
        <button type="button" className="button" onClick={() => void runImport()} disabled={!!busy}>
          Import these records
        </button>
      )}
      <CallProgressBar busy={busyWith('sheetImport')} calls={IMPORT_CALL} />
      <ImportHistory entries={history} onUndo={(entry) => void undo(entry)} />
      {confirm.dialog}
    </>
  );
}
