import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { Field } from '../components/Field';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { SuccessBanner } from '../components/Notice';
import { RecoverScreen } from './RecoverScreen';
import { Warnings } from '../components/Warnings';
import { DamagedRestoreOffer, RestoredOverDamage } from './backups/DamagedRestoreOffer';
import type { RestoreOutcome } from '../../../shared/contract';

/** Every start, and after locking: the passphrase, or the way back with the recovery key. */
export function UnlockScreen({ onUnlocked, reason, warnings = [] }: { onUnlocked: () => void; reason: string | null; warnings?: string[] }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [recovering, setRecovering] = useState(false);
  /** The passphrase that proved right on a damaged database, kept for the offer to restore a backup. */
  const [damagedWith, setDamagedWith] = useState<string | null>(null);
  const [restored, setRestored] = useState<RestoreOutcome | null>(null);

  if (restored) return <RestoredOverDamage outcome={restored} onContinue={onUnlocked} />;
  if (recovering) return <RecoverScreen onRecovered={onUnlocked} onCancel={() => setRecovering(false)} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return setError('Enter your passphrase');
    setBusy(true);
    const result = await api.unlock({ passphrase });
    setBusy(false);
    if (result.ok) return onUnlocked();
    setDamagedWith(result.error.code === 'damaged' ? passphrase : null);
    setPassphrase('');
    setError(result.error.message);
  }

  return (
    <main className="narrow" id="main">
      <Warnings warnings={warnings} />
      {reason && <SuccessBanner>{reason}</SuccessBanner>}
      {/* The passphrase box takes the focus at every lock, so the coordinator can just type. */}
      <PageHeading caption="IV Desk" focus={false}>
        Unlock your records
      </PageHeading>
      <ErrorSummary errors={error ? { passphrase: error } : {}} labels={{ passphrase: 'Passphrase' }} />
      <form onSubmit={submit} noValidate>
        <Field name="passphrase" type="password" label="Passphrase" value={passphrase} onChange={setPassphrase} error={error} autoComplete="current-password" autoFocus />
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
      {damagedWith && <DamagedRestoreOffer passphrase={damagedWith} onRestored={setRestored} />}
      <p>
        <button type="button" className="link-button" onClick={() => setRecovering(true)}>
          Forgot your passphrase?
        </button>
      </p>
    </main>
  );
}
