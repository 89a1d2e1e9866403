import { useEffect, useState } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { DocumentView } from '../../components/DocumentView';
import { PrintBar, PrintLayout } from '../../components/PrintLayout';
import { initials as initialsOf } from '../matches/format';
import { todayIso } from '../../../../shared/dates';
import { consentFormContent } from '../../../../shared/documents/consentForm';
import type { DocumentContent } from '../../../../shared/documents/blocks';

/** The confidentiality agreement as a printable A4 page: the same words as the Word file. */
export function ConsentFormPrintScreen({ youngPersonId }: { youngPersonId: number }) {
  const [content, setContent] = useState<DocumentContent | null>(null);
  const [initials, setInitials] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.getYoungPerson({ id: youngPersonId }), api.getScheme({})]).then(([person, scheme]) => {
      if (!person.ok) return setFailure(person.error.message);
      if (!scheme.ok) return setFailure(scheme.error.message);
      setInitials(initialsOf(`${person.value.firstName} ${person.value.lastName}`));
      setContent(
        consentFormContent({
          schemeName: scheme.value.name,
          localAuthority: scheme.value.localAuthority,
          youngPersonName: `${person.value.firstName} ${person.value.lastName}`,
          date: todayIso(),
        }),
      );
    });
  }, [youngPersonId]);

  const back = (
    <a className="back-link" href={`#/young-people/${youngPersonId}`}>
      Back to their record
    </a>
  );
  if (failure) {
    return (
      <>
        {back}
        <PageHeading>The consent form cannot be shown</PageHeading>
        <p>{failure}</p>
      </>
    );
  }
  if (!content) return <p className="loading">Loading…</p>;
  return (
    <PrintLayout schemeName={content.schemeName}>
      {back}
      <PrintBar pdfName={`Consent form ${initials}`}>This is the one-page agreement for the young person to sign. Print it on A4; the menus and buttons are left off the paper.</PrintBar>
      <DocumentView content={content} />
    </PrintLayout>
  );
}
