// The app:// protocol, proven without Electron: which request reaches which file, and the
// headers every response carries. tests/e2e/electron.spec.ts checks it in the live window.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appProtocolHandler, contentTypeOf, resolveAppPath, SECURITY_HEADERS } from '../../electron/main/appProtocol';
import { APP_PAGE_URL, CONTENT_SECURITY_POLICY } from '../../electron/main/security';

let folder: string;
let root: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ivdesk-protocol-'));
  root = join(folder, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>IV Desk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'notes.db'), 'not served');
  writeFileSync(join(folder, 'secret.html'), 'outside the renderer');
  mkdirSync(join(folder, 'renderer-old'));
  writeFileSync(join(folder, 'renderer-old', 'index.html'), 'a sibling folder whose name starts the same');
  symlinkSync(join(folder, 'secret.html'), join(root, 'link.html'));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appProtocolHandler(root)({ url, method });

describe('resolveAppPath', () => {
  it('maps the page and its assets to files under the renderer folder', () => {
    expect(resolveAppPath(APP_PAGE_URL, root)).toEqual({ path: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveAppPath('app://iv-desk/', root)?.path).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://iv-desk/index.html?x=1#/volunteers', root)?.path).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://IV-DESK/assets/index-abc.js', root)).toEqual({ path: join(root, 'assets', 'index-abc.js'), contentType: 'text/javascript; charset=utf-8' });
    expect(resolveAppPath('app://iv-desk/assets/my%20file.css', root)?.path).toBe(join(root, 'assets', 'my file.css'));
  });

  it('keeps dots at the root, as a browser does, so they never climb out of it', () => {
    expect(resolveAppPath('app://iv-desk/../secret.html', root)?.path).toBe(join(root, 'secret.html'));
    expect(resolveAppPath('app://iv-desk/%2e%2e/%2E%2E/secret.html', root)?.path).toBe(join(root, 'secret.html'));
    expect(resolveAppPath('app://iv-desk/assets/../index.html', root)?.path).toBe(join(root, 'index.html'));
  });

  it.each([
    ['an encoded slash', 'app://iv-desk/..%2fsecret.html'],
    ['an encoded backslash', 'app://iv-desk/..%5csecret.html'],
    ['a drive letter', 'app://iv-desk/C:%5CWindows%5Cwin.ini'],
    ['a Windows stream', 'app://iv-desk/index.html:secret'],
    ['a NUL byte', 'app://iv-desk/index.html%00.js'],
    ['a broken escape', 'app://iv-desk/%E0%A4%A'],
    ['an empty segment', 'app://iv-desk/assets//index-abc.js'],
    ['a folder', 'app://iv-desk/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://iv-desk:8080/index.html'],
    ['credentials', 'app://user:pass@iv-desk/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://iv-desk/index.html'],
    ['a kind of file that is not served', 'app://iv-desk/assets/notes.db'],
    ['a file with no extension', 'app://iv-desk/LICENSE'],
    ['nonsense', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});

describe('content types', () => {
  it('names the type of each served kind, case aside, and none for the rest', () => {
    expect(contentTypeOf('a/b/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.exe')).toBeNull();
    expect(contentTypeOf('x')).toBeNull();
  });
});

describe('appProtocolHandler', () => {
  it('serves the page with its type and every security header, the CSP first among them', async () => {
    const response = await get(APP_PAGE_URL);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>IV Desk</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a script as JavaScript (module scripts need the exact type)', async () => {
    const response = await get('app://iv-desk/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://iv-desk/assets/index-abc.css', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a parent folder', 'app://iv-desk/%2e%2e/secret.html'],
    ['a parent folder by an encoded slash', 'app://iv-desk/..%2fsecret.html'],
    ['a sibling folder whose name starts the same', 'app://iv-desk/..%2frenderer-old/index.html'],
    ['a link that points out of the folder', 'app://iv-desk/link.html'],
    ['a missing file', 'app://iv-desk/assets/missing.js'],
    ['a file of a kind not served', 'app://iv-desk/assets/notes.db'],
    ['another host', 'app://other/index.html'],
  ])('answers not found, with the security headers, for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s, with the security headers', async (method) => {
    const response = await get(APP_PAGE_URL, method);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the scheme’s privileges', () => {
  it('are standard and secure only: no CSP bypass, no cross-origin reads, no service workers', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true });
  });
});
