import { useEffect, useState } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { DocumentView } from '../../components/DocumentView';
import { PrintBar, PrintLayout } from '../../components/PrintLayout';
import { initials } from '../matches/format';
import type { CareReviewUpdate } from '../../../../shared/contract';
import { updatePath } from './labels';

/** The care-review update as a printable A4 page: the same words as the Word file. */
export function CareReviewPrintScreen({ youngPersonId, reviewDate }: { youngPersonId: number; reviewDate: string }) {
  const [update, setUpdate] = useState<CareReviewUpdate | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.careReviewUpdate({ youngPersonId, reviewDate }).then((r) => (r.ok ? setUpdate(r.value) : setFailure(r.error.message)));
  }, [youngPersonId, reviewDate]);

  const back = (
    <a className="back-link" href={updatePath(youngPersonId, reviewDate)}>
      Back to the update
    </a>
  );
  if (failure) {
    return (
      <>
        {back}
        <PageHeading>The review summary cannot be shown</PageHeading>
        <p>{failure}</p>
        <p>
          <a href="#/care-reviews">Go to the care review calendar</a>
        </p>
      </>
    );
  }
  if (!update) return <p className="loading">Loading…</p>;
  return (
    <PrintLayout schemeName={update.content.schemeName}>
      {back}
      <PrintBar pdfName={`Care review update ${initials(update.youngPersonName)} ${reviewDate}`}>
        The review summary, with the same words as the Word document. Print it on A4; the menus and buttons are left off the paper.
      </PrintBar>
      <div className="cr-print">
        <DocumentView content={update.content} />
      </div>
    </PrintLayout>
  );
}
