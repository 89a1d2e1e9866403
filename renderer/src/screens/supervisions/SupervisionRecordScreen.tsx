import { useEffect, useState } from 'react';
import { api } from '../../api';
import { takeFlash } from '../../flash';
import { FlashBanner } from '../../components/FlashBanner';
import { PageHeading } from '../../components/PageHeading';
import { DocumentView } from '../../components/DocumentView';
import { downloadBase64, DOCX_MIME } from '../../components/download';
import { PrintButtons, PrintLayout } from '../../components/PrintLayout';
import { initials } from '../matches/format';
import { DeleteButton } from '../../components/DeleteButton';
import { leaveAfterDeleting } from '../../afterDeleting';
import type { DocumentContent } from '../../../../shared/documents/blocks';

/** One supervision record as it prints: the same blocks as the Word file, with Edit, Download and Print. */
export function SupervisionRecordScreen({ id }: { id: number }) {
  const [content, setContent] = useState<DocumentContent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [downloadProblem, setDownloadProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [flash] = useState(takeFlash);

  useEffect(() => {
    api.supervisionRecordContent({ id }).then((r) => (r.ok ? setContent(r.value) : setFailure(r.error.message)));
  }, [id]);

  async function download() {
    setBusy(true);
    setDownloadProblem(null);
    const r = await api.supervisionRecordDocument({ id });
    setBusy(false);
    if (!r.ok) return setDownloadProblem(r.error.message);
    downloadBase64(r.value.fileName, r.value.base64, DOCX_MIME);
  }

  const back = (
    <a className="back-link" href="#/supervisions">
      Back to supervisions
    </a>
  );
  if (failure) {
    return (
      <>
        {back}
        <PageHeading>Supervision not found</PageHeading>
        <p>{failure}</p>
      </>
    );
  }
  if (!content) return <p className="loading">Loading…</p>;
  const volunteer = content.blocks.flatMap((b) => (b.type === 'fields' ? b.rows : [])).find((r) => r.label === 'Volunteer')?.value ?? '';
  return (
    <PrintLayout schemeName={content.schemeName}>
      <div className="supervision-record">
        {back}
        {flash && <FlashBanner flash={flash} />}
        <div className="print-bar no-print">
          <p className="print-bar__text">This is the record as it prints and as the Word file shows it. Print it on A4 for both of you to sign; the menus and buttons are left off the paper.</p>
          <div className="button-group">
            <a className="button button--secondary" href={`#/supervisions/${id}/edit`}>
              Edit
            </a>
            <button type="button" className="button button--secondary" onClick={download} disabled={busy}>
              {busy ? 'Preparing…' : 'Download Word'}
            </button>
            <PrintButtons pdfName={`Supervision record ${initials(volunteer)}`} />
            <DeleteButton kind="supervision" id={id} className="button button--warning" onDeleted={(d) => leaveAfterDeleting(d, '/supervisions', `/supervisions/${id}`)} />
          </div>
          {downloadProblem && (
            <p className="error-message" role="alert">
              {downloadProblem}
            </p>
          )}
        </div>
        <DocumentView content={content} />
      </div>
    </PrintLayout>
  );
}
