import { useState } from 'react';
import { api } from '../api';
import { Warning } from './Notice';
import { ProfileSection } from './ProfileSection';
import { downloadText } from './download';

/** Everything held about one person (volunteer or young person), as one file, for a subject access request. */
export function SubjectAccessSection({ kind, id, firstName }: { kind: 'volunteer' | 'young_person'; id: number; firstName: string }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function run() {
    setMessage(null);
    const result = await api.subjectAccessExport({ kind, id });
    if (!result.ok) return setMessage({ ok: false, text: result.error.message });
    downloadText(result.value.fileName, result.value.text);
    setMessage({ ok: true, text: `Downloaded ${result.value.fileName}.` });
  }
  return (
    <ProfileSection name="subject-access" title="Subject access request" notice={null}>
      <p>When someone asks for the information held about them, download everything IV Desk holds about {firstName}, including any safeguarding log entries about them, as one file.</p>
      <Warning>The file is not encrypted. Save it only to an encrypted drive, check it before sharing it, and delete it when the request is answered.</Warning>
      {message && (
        <p className={message.ok ? 'secondary' : 'error-message'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={run}>
        Subject access export
      </button>
    </ProfileSection>
  );
}
