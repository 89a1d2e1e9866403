/**
 * Reads a JSON file's top level a piece at a time: each item of a list is handed on as
 * soon as it is complete and then let go, so a large file is never held whole, neither
 * as text nor as objects. The file is read synchronously, as the import's one
 * transaction cannot wait on anything.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { Tokenizer, TokenParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';

/** The file's text (from the renderer, or a test), or where it is on disk. */
export type ImportSource = string | { path: string };

export interface TopLevel {
  /** A top-level field that is not a list's items: the format marker, the scheme, a list given as something other than a list. */
  field(key: string, value: unknown): void;
  listStart(key: string): void;
  item(value: unknown): void;
  listEnd(): void;
}

export type ReadOutcome = 'read' | 'not_json' | 'not_object' | 'not_utf8';

// Small enough that each piece, and the text decoded to check it, is young garbage the collector frees cheaply.
const CHUNK = 64 * 1024;

function* chunksOf(source: ImportSource): Generator<string | Uint8Array, 'not_utf8' | undefined> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += CHUNK) yield source.slice(start, start + CHUNK);
    return undefined;
  }
  const fd = openSync(source.path, 'r');
  // Only to refuse bytes that are not UTF-8, as the rest of the app does; what it decodes is let go.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    for (;;) {
      // A new buffer each time: the tokenizer may keep a reference to the last one.
      const buffer = Buffer.allocUnsafe(CHUNK);
      const length = readSync(fd, buffer, 0, CHUNK, null);
      try {
        utf8.decode(buffer.subarray(0, length), { stream: length > 0 });
      } catch {
        return 'not_utf8';
      }
      if (length === 0) return undefined;
      yield buffer.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

const setField = (target: Record<string, unknown>, key: string, value: unknown) => Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** `isList` says which top-level keys hold lists to hand on item by item. */
export function readTopLevel(source: ImportSource, isList: (key: string) => boolean, on: TopLevel): ReadOutcome {
  const tokenizer = new Tokenizer();
  // Each value two levels down (a list's item, a field of the scheme) is emitted whole and then dropped from its parent.
  const parser = new TokenParser({ paths: ['$.*.*'], keepStack: false });
  let depth = 0;
  let rootIsObject: boolean | null = null;
  let key = '';
  let afterColon = false;
  let open: { key: string; list: boolean; value: Record<string, unknown> | unknown[] } | null = null;
  // An error of the caller's (a full disk while writing) is not a fault in the file.
  const own: { failed: boolean; error?: unknown } = { failed: false };
  const guarded = (call: () => void) => {
    try {
      call();
    } catch (error) {
      Object.assign(own, { failed: true, error });
      throw error;
    }
  };

  parser.onValue = ({ value, key: inner }) => {
    const container = open;
    if (!container) return;
    if (container.list) guarded(() => on.item(value));
    else if (Array.isArray(container.value)) container.value.push(value);
    else setField(container.value, String(inner), value);
  };
  tokenizer.onToken = (info: ParsedTokenInfo) => {
    parser.write(info);
    const { token } = info;
    rootIsObject ??= token === TokenType.LEFT_BRACE;
    if (!rootIsObject) return;
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      depth += 1;
      if (depth !== 2) return;
      afterColon = false;
      const list = token === TokenType.LEFT_BRACKET && isList(key);
      open = { key, list, value: token === TokenType.LEFT_BRACKET ? [] : {} };
      if (list) guarded(() => on.listStart(key));
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      depth -= 1;
      if (depth !== 1 || !open) return;
      const { key: done, list, value } = open;
      open = null;
      guarded(() => (list ? on.listEnd() : on.field(done, value)));
    } else if (depth === 1) {
      if (token === TokenType.COLON) afterColon = true;
      else if (token === TokenType.STRING && !afterColon) key = info.value as string;
      else if (token !== TokenType.COMMA) {
        afterColon = false;
        guarded(() => on.field(key, info.value));
      }
    }
  };

  const chunks = chunksOf(source);
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) {
        if (next.value === 'not_utf8') return 'not_utf8';
        break;
      }
      tokenizer.write(next.value);
    }
    tokenizer.end();
  } catch {
    if (own.failed) throw own.error;
    return 'not_json';
  } finally {
    chunks.return(undefined);
  }
  if (!parser.isEnded) return 'not_json';
  return rootIsObject ? 'read' : 'not_object';
}
