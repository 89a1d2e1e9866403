/**
 * One IPC handler per contract call. The sender is checked here; the input is parsed and
 * the call run by core's dispatch, the same door the test harness uses; a long call's
 * progress (counts only) is sent back to the calling window. Inputs are never logged:
 * they carry passphrases and personal details.
 */
import { ipcMain, type WebFrameMain } from 'electron';
import { callNames, channelOf, PROGRESS_EVENT } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { dispatch } from '../core/handlers';
import type { Session } from '../core/session';
import { isTrustedSender, type SenderFrame } from './security';

export const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'IV Desk refused a request that did not come from its own window.' },
};

export function describe(frame: WebFrameMain | null): SenderFrame | null {
  if (!frame) return null;
  try {
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    // A frame that navigated away or closed while the message was in flight.
    return null;
  }
}

export function registerIpc(session: Session, appUrl: string): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), (event, input: unknown) => {
      if (!isTrustedSender(describe(event.senderFrame), appUrl)) return REFUSED;
      // Progress goes back to the window that made the call, and only to it.
      const sender = event.sender;
      return dispatch(session, name, input, (progress) => {
        if (!sender.isDestroyed()) sender.send(PROGRESS_EVENT, progress);
      });
    });
  }
}
