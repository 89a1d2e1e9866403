import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RECOVERY_ALPHABET,
  RECOVERY_GROUPS,
  RECOVERY_GROUP_LENGTH,
  groupRecoveryKey,
  isWellFormedRecoveryKey,
  lastRecoveryGroup,
  normaliseRecoveryKey,
} from './recoveryKey';

const KEY = 'JDJ5-6NZY-HHV0-7TKA-T02M-KEEY-VWVY-ZB75';
const FLAT = 'JDJ56NZYHHV07TKAT02MKEEYVWVYZB75';

describe('normaliseRecoveryKey', () => {
  it('drops dashes', () => {
    expect(normaliseRecoveryKey(KEY)).toBe(FLAT);
  });

  it('upper-cases', () => {
    expect(normaliseRecoveryKey(KEY.toLowerCase())).toBe(FLAT);
  });

  it('drops spaces, tabs and newlines', () => {
    expect(normaliseRecoveryKey(' jdj5 6nzy\thhv0\n7tka t02m keey vwvy zb75 ')).toBe(FLAT);
  });

  it('reads O as zero and I or L as one', () => {
    expect(normaliseRecoveryKey('O0o-IiLl1')).toBe('00011111');
    expect(normaliseRecoveryKey('HHVO')).toBe('HHV0');
  });
});

describe('isWellFormedRecoveryKey', () => {
  it('accepts a key as printed, and as typed carelessly', () => {
    expect(isWellFormedRecoveryKey(KEY)).toBe(true);
    expect(isWellFormedRecoveryKey(FLAT)).toBe(true);
    expect(isWellFormedRecoveryKey(KEY.toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(isWellFormedRecoveryKey(KEY.replace('0', 'O'))).toBe(true);
  });

  it('refuses the wrong length', () => {
    expect(isWellFormedRecoveryKey(FLAT.slice(1))).toBe(false);
    expect(isWellFormedRecoveryKey(FLAT + '0')).toBe(false);
    expect(isWellFormedRecoveryKey('')).toBe(false);
  });

  it('refuses characters outside the alphabet', () => {
    // U is left out of Crockford base32 on purpose; punctuation is never part of a key.
    expect(isWellFormedRecoveryKey('U' + FLAT.slice(1))).toBe(false);
    expect(isWellFormedRecoveryKey('#' + FLAT.slice(1))).toBe(false);
    expect(isWellFormedRecoveryKey('É' + FLAT.slice(1))).toBe(false);
  });

  it('accepts every key made of the alphabet, however it is grouped or cased', () => {
    const chars = fc.string({ unit: fc.constantFrom(...RECOVERY_ALPHABET), minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(chars, fc.boolean(), (key, lower) => {
        const grouped = groupRecoveryKey(key);
        expect(isWellFormedRecoveryKey(lower ? grouped.toLowerCase() : grouped)).toBe(true);
        expect(normaliseRecoveryKey(grouped)).toBe(key);
      }),
    );
  });
});

describe('groupRecoveryKey and lastRecoveryGroup', () => {
  it('writes 8 groups of 4 joined by dashes', () => {
    const grouped = groupRecoveryKey(FLAT);
    expect(grouped).toBe(KEY);
    expect(grouped.split('-')).toHaveLength(RECOVERY_GROUPS);
    expect(grouped.split('-').every((g) => g.length === RECOVERY_GROUP_LENGTH)).toBe(true);
  });

  it('gives the last group, normalised', () => {
    expect(lastRecoveryGroup(KEY)).toBe('ZB75');
    expect(lastRecoveryGroup(KEY.toLowerCase())).toBe('ZB75');
  });

  it('has a 32-character alphabet without I, L, O or U', () => {
    expect(RECOVERY_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_ALPHABET).size).toBe(32);
    expect(RECOVERY_ALPHABET).not.toMatch(/[ILOU]/);
  });
});
