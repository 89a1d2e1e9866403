/**
 * The app:// protocol: the window loads the built renderer from app://iv-desk/ instead of
 * file://, so the page has an origin of its own, sees no other file on the computer, and
 * the GrantFileProtocolExtraPrivileges fuse can be off. Plain Node (Fetch API Request and
 * Response), so tests/unit/appProtocol.test.ts proves it without Electron.
 */
import { readFile, realpath } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * standard: relative URLs resolve, and CSP 'self' means this origin; secure: treated like
 * https. Nothing more: no CORS reads from elsewhere, no CSP bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true } as const;

/** Only these kinds of file are served; anything else in the folder is not found. The test harness uses the same types. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string | null {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? null;
}

/** On every response, the page's and the not-found ones alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
  'Cache-Control': 'no-store',
};

/**
 * The file under root that an app:// URL names, and its type, or null: another scheme or host, a port or
 * credentials, a segment that is empty, "." or "..", or that decodes to a slash, backslash,
 * colon or NUL (so nothing can climb out of root, name a drive or a Windows stream), or a
 * kind of file that is not served. The query and fragment are ignored.
 */
export function resolveAppPath(url: string, root: string): { path: string; contentType: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST || parsed.port || parsed.username || parsed.password) return null;
  const encoded = parsed.pathname === '/' || parsed.pathname === '' ? ['index.html'] : parsed.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const segment of encoded) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || /[\\/:\0]/.test(decoded)) return null;
    segments.push(decoded);
  }
  const base = resolve(root);
  const path = resolve(base, ...segments);
  const contentType = contentTypeOf(path);
  return path.startsWith(base + sep) && contentType ? { path, contentType } : null;
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

const notFound = () => respond(404, 'Not found', 'text/plain; charset=utf-8');

// The callback forms: Electron reads files inside app.asar through them.
const readFileAsync = promisify(readFile);
const realpathAsync = promisify(realpath);

/** The handler for protocol.handle: GET and HEAD of files under root, with the security headers; everything else refused. */
export function appProtocolHandler(root: string): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    const file = resolveAppPath(request.url, root);
    if (!file) return notFound();
    try {
      // A link inside the folder that points out of it is refused too.
      const [real, realRoot] = await Promise.all([realpathAsync(file.path), realpathAsync(resolve(root))]);
      if (!real.startsWith(realRoot + sep)) return notFound();
      const body = await readFileAsync(real);
      return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), file.contentType);
    } catch {
      return notFound();
    }
  };
}
