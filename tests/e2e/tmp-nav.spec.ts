import { test, setUpScheme } from './fixtures';
test.use({ viewport: { width: 1366, height: 768 } });
test('nav width', async ({ page, harness }) => {
  await setUpScheme(page, harness);
  const r = await page.evaluate(() => { const ul = document.querySelector('.nav ul')!; const lis = [...ul.querySelectorAll('li')]; return { ul: ul.getBoundingClientRect().width, items: lis.reduce((a, li) => a + li.getBoundingClientRect().width, 0), n: lis.length, rows: new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top))).size }; });
  console.log('NAV', JSON.stringify(r));
  await page.screenshot({ path: '/tmp/nav.png' });
});
