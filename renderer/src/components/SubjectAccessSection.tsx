import { useState } from 'react';
import { api } from '../api';
import { Warning } from './Notice';
import { ProfileSection } from './ProfileSection';
import { downloadBase64, downloadText, DOCX_MIME } from './download';

/** Everything held about one person (volunteer or young person), as a data file or a readable Word document, for a subject access request. */
export function SubjectAccessSection({ kind, id, firstName }: { kind: 'volunteer' | 'young_person'; id: number; firstName: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function run(format: 'json' | 'word') {
    setMessage(null);
    const result = format === 'json' ? await api.subjectAccessExport({ kind, id }) : await api.subjectAccessWord({ kind, id });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    if ('base64' in result.value) downloadBase64(result.value.fileName, result.value.base64, DOCX_MIME);
    else downloadText(result.value.fileName, result.value.text);
    setMessage({ ok: true, text: `Downloaded ${result.value.fileName}.` });
  }
  return (
    <ProfileSection name="subject-access" title="Subject access request" notice={null}>
      <p>
        When someone asks for the information held about them, download everything IV Desk holds about {firstName}, including any safeguarding log entries about them: as a Word document to read and
        send, or as a data file.
      </p>
      <p className="hint">The Word document does not name other people, such as the {kind === 'volunteer' ? 'young people they visited' : 'volunteers who visited them'}. The law lets you withhold safeguarding information where sharing it could cause serious harm: check it with your safeguarding lead first.</p>
      <Warning>The file is not encrypted. Save it only to an encrypted drive, check it before sharing it, and delete it when the request is answered.</Warning>
      {message && (
        <p className={message.ok ? 'secondary' : 'error-message'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => run('word')}>
          Subject access: Word
        </button>
        <button type="button" className="button button--secondary" onClick={() => run('json')}>
          Subject access export
        </button>
      </div>
    </ProfileSection>
  );
}
