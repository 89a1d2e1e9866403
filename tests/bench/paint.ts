/**
 * A screen's paint time in Chromium: from following a link to it (a hash change, as the
 * navigation does) to the screen's last change in the page, once its calls to core have
 * answered and nothing has changed for a while. Measured in the page, so Playwright's
 * own round trips are not counted. Each call to core is timed too (request to its answer
 * read, so through the harness), which splits the paint into core's part and the drawing.
 */
import type { Page } from '@playwright/test';

export const PAINT_TARGET_MS = 150;
/** How long the page must stay unchanged, with no call to core waiting, to count as painted. */
const QUIET_MS = 400;
/** A screen that never settles is reported at its latest change after this long. */
const GIVE_UP_MS = 15_000;

interface Call {
  name: string;
  input: string;
  started: number;
  answered: number;
}

interface Watch {
  lastChange: number;
  /** Calls to core whose answer has not been read yet. */
  calls: number;
  /** When the latest answer was read: the screen draws it after that. */
  lastAnswer: number;
  log: Call[];
}

export interface Paint {
  /** Link to the last change, ms. */
  ms: number;
  /** The screen's calls to core, each from its request to its answer read, ms. */
  calls: { name: string; input: string; ms: number }[];
  /** From the last answer read to the last change: the drawing after core has answered, ms. */
  drawingMs: number;
}

/** Counts the page's calls to core and notes the time of its latest change. Once per page. */
export async function watchPainting(page: Page): Promise<void> {
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('window.__name = (fn) => fn');
  await page.evaluate(() => {
    const watch: Watch = { lastChange: performance.now(), calls: 0, lastAnswer: 0, log: [] };
    (window as unknown as { paintWatch: Watch }).paintWatch = watch;
    new MutationObserver(() => (watch.lastChange = performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true });
    const fetchOriginal = window.fetch.bind(window);
    window.fetch = async (...args) => {
      const call = { name: String(args[0]).split('/').pop() ?? '', input: String(args[1]?.body ?? '{}'), started: performance.now(), answered: 0 };
      const answered = () => {
        watch.calls -= 1;
        watch.lastAnswer = call.answered = performance.now();
        watch.log.push(call);
      };
      watch.calls += 1;
      const response = await fetchOriginal(...args).catch((error: unknown) => {
        answered();
        throw error;
      });
      const json = response.json.bind(response);
      response.json = () => json().finally(answered);
      return response;
    };
  });
}

export async function paintTime(page: Page, screen: string): Promise<Paint> {
  return page.evaluate(
    ({ screen, quiet, giveUp }) =>
      new Promise<Paint>((resolve) => {
        const watch = (window as unknown as { paintWatch: Watch }).paintWatch;
        const started = performance.now();
        watch.lastChange = started;
        watch.lastAnswer = started;
        watch.log = [];
        location.hash = `#/${screen}`;
        const check = () => {
          const now = performance.now();
          if ((watch.calls === 0 && now - Math.max(watch.lastChange, watch.lastAnswer) >= quiet && document.querySelector('main h1')) || now - started > giveUp) {
            resolve({
              ms: watch.lastChange - started,
              calls: watch.log.map((c) => ({ name: c.name, input: c.input, ms: c.answered - c.started })),
              drawingMs: Math.max(0, watch.lastChange - watch.lastAnswer),
            });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { screen, quiet: QUIET_MS, giveUp: GIVE_UP_MS },
  );
}
