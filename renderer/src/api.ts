import type { Api } from '../../shared/contract';

declare global {
  interface Window {
    ivDesk: Api;
  }
}

/** The one way the renderer reaches IV Desk's core: the object the preload exposes. */
export const api: Api = window.ivDesk;
