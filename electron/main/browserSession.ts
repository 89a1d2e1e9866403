/**
 * Rules for Chromium's session (not IV Desk's data session): the CSP header, no
 * permissions, and downloads only of files the page itself made, through a save dialog.
 */
import type { Session as BrowserSession } from 'electron';
import { CONTENT_SECURITY_POLICY, denyPermissionCheck, denyPermissionRequest, isAllowedDownload, saveDialogOptions } from './security';

export function protectBrowserSession(ses: BrowserSession, saveFolder: () => string): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Drop any policy a response already has, case-insensitively, so ours is the one that applies.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyPermissionCheck);
  ses.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    // Without a save path Electron asks the user where to save, with these options.
    item.setSaveDialogOptions(saveDialogOptions(item.getFilename(), saveFolder()));
  });
}
