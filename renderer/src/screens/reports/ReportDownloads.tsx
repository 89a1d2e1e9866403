import { useState } from 'react';
import { api } from '../../api';
import { downloadBase64 } from '../../components/download';
import type { Period } from '../../../../shared/figures';

const FORMATS = {
  csv: { label: 'Download CSV', type: 'text/csv' },
  xlsx: { label: 'Download Excel (XLSX)', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

/** The figures, breakdowns and trend of the period shown, as a CSV file or an Excel workbook. */
export function ReportDownloads({ period }: { period: Period }) {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function download(format: keyof typeof FORMATS) {
    setBusy(true);
    setMessage('');
    setProblem('');
    const result = await api.exportReport({ ...period, format });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    downloadBase64(result.value.fileName, result.value.base64, FORMATS[format].type);
    setMessage(`Downloaded ${result.value.fileName}.`);
  }

  return (
    <>
      {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
        <button key={format} type="button" className="button button--secondary" disabled={busy} onClick={() => void download(format)}>
          {FORMATS[format].label}
        </button>
      ))}
      <p role="status" className="reports__download-status">
        {message}
      </p>
      {problem && (
        <p role="alert" className="error-message">
          {problem}
        </p>
      )}
    </>
  );
}
