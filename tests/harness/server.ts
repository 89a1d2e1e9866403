/**
 * The test and development harness: serves the built renderer on loopback and answers
 * the API object's calls by calling core's `dispatch`, the same door Electron's main
 * process uses, so the browser exercises the real contract, validation and database.
 * Never part of the desktop app.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Session } from '../../electron/core/session';
import { dispatch } from '../../electron/core/handlers';
import { findMigrationsDir } from '../../electron/core/files';
import type { ScryptParams } from '../../electron/core/crypto/keyFile';
import { callNames } from '../../shared/contract';
import { CONTENT_TYPES as TYPES, contentTypeOf } from '../../electron/main/appProtocol';

const RENDERER_DIST = resolve(import.meta.dirname, '../../renderer/dist');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'";

export interface Harness {
  url: string;
  session: Session;
  close(): Promise<void>;
}

/**
 * window.ivDesk for the browser: one fetch per call, with the harness's token. The token
 * is read from the page itself, never written into this script, which another site could
 * include with a script tag; the page is out of another site's reach. While the page
 * listens for progress, each call opens a stream of its own progress beside it (one JSON
 * report a line), which the harness ends with the call: nothing stays open between calls.
 */
function bridgeScript(): string {
  return `'use strict';
(() => {
  const token = document.querySelector('meta[name="iv-desk-harness-token"]').content;
  const listeners = new Set();
  const hear = (id) =>
    fetch('/progress/' + id, { headers: { 'x-harness-token': token } })
      .then(async (response) => {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let text = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          const lines = (text += value).split('\\n');
          text = lines.pop();
          for (const line of lines) if (line) for (const listener of listeners) listener(JSON.parse(line));
        }
      })
      .catch(() => {});
  const call = (name) => (input) => {
    const id = listeners.size ? crypto.randomUUID() : null;
    if (id) hear(id);
    return fetch('/api/' + name, { method: 'POST', headers: { 'content-type': 'application/json', 'x-harness-token': token, ...(id ? { 'x-progress-id': id } : {}) }, body: JSON.stringify(input === undefined ? {} : input) })
      .then((r) => r.json())
      .catch(() => ({ ok: false, error: { code: 'internal', message: 'IV Desk could not be reached.' } }));
  };
  const api = Object.fromEntries(${JSON.stringify(callNames)}.map((n) => [n, call(n)]));
  api.onLocked = () => () => {};
  api.onProgress = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  window.ivDesk = Object.freeze(api);
})();
`;
}

/**
 * One call's progress stream: reports wait here until the page's request for them arrives
 * (it may come just after the call), and the stream ends with the call.
 */
interface ProgressStream {
  res?: ServerResponse;
  waiting: string[];
  ended: boolean;
}

const PROGRESS_ID = /^[0-9a-f-]{36}$/;

/** Only this harness's own address: a DNS-rebinding page arrives with another Host, a foreign page with another Origin. */
function fromItself(req: IncomingMessage, port: number): boolean {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!own.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || own.some((o) => origin === `http://${o}`);
}

/** Core locks itself after this long without a call, as main's own idle timer does in the app. */
const IDLE_LOCK_MS = 5 * 60_000;

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startHarness(options: { dataDir: string; port?: number; scrypt?: ScryptParams }): Promise<Harness> {
  const session = new Session({ dataDir: options.dataDir, migrationsDir: findMigrationsDir(), ...(options.scrypt ? { scrypt: options.scrypt } : {}) });
  const token = randomBytes(24).toString('hex');
  const indexHtml = (await readFile(join(RENDERER_DIST, 'index.html'), 'utf8')).replace('<head>', `<head>\n    <meta name="iv-desk-harness-token" content="${token}">\n    <script src="./harness-bridge.js"></script>`);
  let idle: NodeJS.Timeout | undefined;
  const stillInUse = () => {
    clearTimeout(idle);
    idle = setTimeout(() => session.lock(), IDLE_LOCK_MS);
    idle.unref();
  };
  let port = 0;
  const streams = new Map<string, ProgressStream>();
  const streamOf = (id: string) => {
    const stream = streams.get(id) ?? { waiting: [], ended: false };
    streams.set(id, stream);
    return stream;
  };
  const report = (stream: ProgressStream, line: string) => {
    if (!stream.res) return void stream.waiting.push(line);
    // Node holds a response's writes until the next tick; a transaction's reports cannot wait for one.
    stream.res.write(line);
    stream.res.socket?.uncork();
  };
  const endStream = (id: string, stream: ProgressStream) => {
    stream.ended = true;
    if (!stream.res) return void setTimeout(() => streams.delete(id), 60_000).unref();
    stream.res.end();
    streams.delete(id);
  };

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    res.end(body);
  };

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!fromItself(req, port)) return send(res, 403, 'text/plain', 'forbidden');
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        if (req.headers['x-harness-token'] !== token) return send(res, 403, 'text/plain', 'forbidden');
        const body = await readBody(req, 60_000_000);
        let input: unknown;
        try {
          input = JSON.parse(body);
        } catch {
          input = undefined;
        }
        stillInUse();
        const id = req.headers['x-progress-id'];
        const stream = typeof id === 'string' && PROGRESS_ID.test(id) ? streamOf(id) : null;
        const result = await dispatch(session, decodeURIComponent(url.pathname.slice(5)), input, stream ? (progress) => report(stream, `${JSON.stringify(progress)}\n`) : undefined);
        if (stream) endStream(id as string, stream);
        return send(res, 200, 'application/json', JSON.stringify(result));
      }
      if (req.method === 'GET' && url.pathname.startsWith('/progress/')) {
        const id = url.pathname.slice(10);
        if (req.headers['x-harness-token'] !== token || !PROGRESS_ID.test(id)) return send(res, 403, 'text/plain', 'forbidden');
        const stream = streamOf(id);
        res.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
        stream.res = res;
        for (const line of stream.waiting.splice(0)) res.write(line);
        if (stream.ended) endStream(id, stream);
        return;
      }
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
      if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, TYPES['.html'], indexHtml);
      if (url.pathname === '/harness-bridge.js') return send(res, 200, TYPES['.js'], bridgeScript());
      const file = normalize(join(RENDERER_DIST, url.pathname));
      if (!file.startsWith(RENDERER_DIST)) return send(res, 404, 'text/plain', 'not found');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'text/plain', 'not found');
      return send(res, 200, contentTypeOf(file) ?? 'application/octet-stream', body);
    } catch {
      send(res, 500, 'text/plain', 'error');
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    close: () =>
      new Promise<void>((ok) => {
        clearTimeout(idle);
        session.lock();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
