import { useEffect, useState } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { DocumentView } from '../../components/DocumentView';
import type { DocumentContent } from '../../../../shared/documents/blocks';
import { updatePath } from './labels';

/** The care-review update as a printable A4 page: the same words as the Word file. */
export function CareReviewPrintScreen({ youngPersonId, reviewDate }: { youngPersonId: number; reviewDate: string }) {
  const [content, setContent] = useState<DocumentContent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    api.careReviewUpdate({ youngPersonId, reviewDate }).then((r) => (r.ok ? setContent(r.value.content) : setFailure(r.error.message)));
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
  if (!content) return <p className="loading">Loading…</p>;
  return (
    <>
      {back}
      <div className="print-bar no-print">
        <p className="print-bar__text">The review summary, with the same words as the Word document. Print it on A4; the menus and buttons are left off the paper.</p>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <div className="cr-print">
        <DocumentView content={content} />
      </div>
    </>
  );
}
