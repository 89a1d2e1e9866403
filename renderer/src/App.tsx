import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api } from './api';
import type { SessionInfo } from '../../shared/contract';
import { SetupScreen } from './screens/SetupScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { KeyFileMissingScreen } from './screens/KeyFileMissingScreen';
import { useIdleLock } from './useIdleLock';

// The app behind the unlock screen is a chunk of its own, so the first one stays small;
// it is fetched while the unlock screen shows.
const loadShell = () => import('./Shell');
const Shell = lazy(() => loadShell().then((module) => ({ default: module.Shell })));
const OPENING = <p className="loading">Opening IV Desk…</p>;

/** Which of setup, unlock or the app to show, and locking. */
export function App() {
  const [info, setInfo] = useState<SessionInfo | null>(null);
  const [lockReason, setLockReason] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const result = await api.sessionStatus({});
    if (result.ok) setInfo(result.value);
    else setFailure(result.error.message);
  }, []);

  useEffect(() => {
    void loadShell();
  }, []);

  useEffect(() => {
    // A window that opens never inherits an unlocked session: it always asks first.
    api.lock({}).then((result) => (result.ok ? setInfo(result.value) : setFailure(result.error.message)));
    return api.onLocked(() => {
      setLockReason('IV Desk locked because the computer was locked or went to sleep.');
      void refresh();
    });
  }, [refresh]);

  const lock = useCallback(
    async (reason: string | null) => {
      await api.lock({});
      setLockReason(reason);
      await refresh();
    },
    [refresh],
  );

  const idleMinutes = info?.state === 'unlocked' ? info.idleLockMinutes : null;
  const onIdle = useCallback(
    () => lock(`IV Desk locked after ${idleMinutes} minute${idleMinutes === 1 ? '' : 's'} without use.`),
    [lock, idleMinutes],
  );
  useIdleLock(idleMinutes, onIdle);

  if (failure) {
    return (
      <main className="narrow" id="main">
        <h1>IV Desk cannot start</h1>
        <p>{failure}</p>
      </main>
    );
  }
  if (!info) return OPENING;
  if (info.state === 'key_file_missing') return <KeyFileMissingScreen problem={info.problem ?? ''} warnings={info.warnings} onCheckAgain={refresh} />;
  if (info.state === 'setup_needed') {
    return <SetupScreen warnings={info.warnings} onDone={refresh} />;
  }
  if (info.state === 'locked') {
    return (
      <UnlockScreen
        reason={lockReason}
        warnings={info.warnings}
        onUnlocked={() => {
          setLockReason(null);
          void refresh();
        }}
      />
    );
  }
  return (
    <Suspense fallback={OPENING}>
      <Shell schemeName={info.schemeName ?? 'IV Desk'} warnings={info.warnings} onLock={() => lock('IV Desk is locked.')} onSchemeChanged={refresh} />
    </Suspense>
  );
}
