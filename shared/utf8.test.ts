import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8';

describe('decodeUtf8', () => {
  it('reads UTF-8, accents and a byte order mark included', () => {
    expect(decodeUtf8(new TextEncoder().encode('Siobhán'))).toBe('Siobhán');
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
  });

  it('refuses bytes that are not UTF-8, such as Windows-1252 text', () => {
    expect(decodeUtf8(new Uint8Array([0x53, 0x69, 0x6f, 0x62, 0x68, 0xe1, 0x6e]))).toBeNull();
    expect(decodeUtf8(new Uint8Array([0xc3]))).toBeNull();
  });
});
