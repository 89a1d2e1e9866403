import type { Page } from '@playwright/test';

/**
 * How far right anything in the screen's main part reaches, a table's own scrolling box
 * counted but not what scrolls inside it (the shell's header is the shell's to test).
 */
export const widestInMain = (page: Page) =>
  page.evaluate(() => Math.max(...[...document.querySelectorAll('main *')].filter((e) => !e.closest('.table-scroll') || e.classList.contains('table-scroll')).map((e) => e.getBoundingClientRect().right)));
