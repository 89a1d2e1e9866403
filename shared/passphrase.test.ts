import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, passphraseStrength } from './passphrase';

describe('passphraseStrength', () => {
  it.each(['', 'short', 'elevenchars', 'Tr0ub4dor&3'])('%j is too short', (p) => {
    expect([...p].length).toBeLessThan(MIN_PASSPHRASE_LENGTH);
    const report = passphraseStrength(p);
    expect(report.strength).toBe('too_short');
    expect(report.score).toBe(0);
  });

  it('counts characters, not UTF-16 units', () => {
    // 11 emoji are 22 UTF-16 units but still only 11 characters.
    expect(passphraseStrength('🐱'.repeat(11)).strength).toBe('too_short');
  });

  it.each(['passwordpassword', 'aaaaaaaaaaaaaaaa', 'qwertyqwerty', 'council12345', '123456123456'])('%j is weak', (p) => {
    expect(passphraseStrength(p).strength).toBe('weak');
  });

  it.each(['correct horse battery staple', 'lighthouse marmalade tangent orbit', 'Seven purple kettles sang at dawn'])('%j is strong', (p) => {
    const report = passphraseStrength(p);
    expect(report.strength).toBe('strong');
    expect(report.score).toBeGreaterThanOrEqual(3);
  });

  it('scores never go down as a strong passphrase gets longer', () => {
    const base = passphraseStrength('correct horse battery staple').score;
    expect(passphraseStrength('correct horse battery staple mango').score).toBeGreaterThanOrEqual(base);
  });
});

describe('passphraseProblem', () => {
  it('names the minimum length when too short', () => {
    expect(passphraseProblem('short')).toMatch(/at least 12 characters/);
  });

  it('says a weak passphrase is too easy to guess', () => {
    expect(passphraseProblem('passwordpassword')).toMatch(/^This passphrase is too easy to guess\./);
  });

  it('accepts a long multi-word passphrase', () => {
    expect(passphraseProblem('correct horse battery staple')).toBeNull();
  });

  it('never repeats the passphrase in its advice', () => {
    for (const p of ['short1', 'passwordpassword', 'qwertyqwerty']) {
      expect(passphraseProblem(p) ?? '').not.toContain(p);
    }
  });
});
