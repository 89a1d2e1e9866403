/**
 * The development harness keeps to itself: its token is only in the page, and calls
 * from another Host (DNS rebinding) or another Origin (a foreign page) are refused.
 */
import { request as httpRequest } from 'node:http';
import { test, expect } from './fixtures';

function raw(url: string, path: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname, port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

test('the token is only in the page, and other hosts and origins are refused', async ({ harness, page }) => {
  const host = new URL(harness.url).host;
  const bridge = await raw(harness.url, '/harness-bridge.js', 'GET', { host });
  expect(bridge.status).toBe(200);
  expect(bridge.text).not.toMatch(/[0-9a-f]{48}/);
  const index = await raw(harness.url, '/', 'GET', { host });
  const token = /name="iv-desk-harness-token" content="([0-9a-f]{48})"/.exec(index.text)?.[1];
  expect(token).toBeTruthy();

  const call = (headers: Record<string, string>) => raw(harness.url, '/api/sessionStatus', 'POST', { 'content-type': 'application/json', 'x-harness-token': token!, ...headers }, '{}');
  expect((await call({ host })).status).toBe(200);
  expect((await call({ host: `attacker.example:${new URL(harness.url).port}` })).status).toBe(403);
  expect((await call({ host, origin: 'http://attacker.example' })).status).toBe(403);
  expect((await call({ host, origin: harness.url.replace(/\/$/, '') })).status).toBe(200);
  expect((await raw(harness.url, '/', 'GET', { host: 'attacker.example' })).status).toBe(403);

  // The page itself still works: it reads the token from its own markup.
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Set up your scheme' })).toBeVisible();
});
