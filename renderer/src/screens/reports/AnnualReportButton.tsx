import { useId, useState } from 'react';
import { api } from '../../api';
import { downloadBase64, DOCX_MIME } from '../../components/download';

/** Downloads the annual report in Word for a period: busy while it is written, and the reason in words when it cannot be. */
export function AnnualReportButton({ from, to, label = 'Download the annual report (Word)' }: { from: string; to: string; label?: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  async function download() {
    setBusy(true);
    setProblem(null);
    const r = await api.annualReportDocument({ from, to });
    setBusy(false);
    if (!r.ok) return setProblem(r.error.message);
    downloadBase64(r.value.fileName, r.value.base64, DOCX_MIME);
  }

  return (
    <div>
      <button type="button" className="button button--secondary" onClick={download} disabled={busy} aria-describedby={problem ? problemId : undefined}>
        {busy ? 'Writing the report…' : label}
      </button>
      <p className="secondary" aria-live="polite">
        {busy ? 'Writing the annual report: this can take a few seconds.' : ''}
      </p>
      {problem && (
        <p className="error-message" role="alert" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
