/** Passphrase rules shared by the setup screen, the CLI and core. */
export const MIN_PASSPHRASE_LENGTH = 12;

export type Strength = 'too_short' | 'weak' | 'fair' | 'strong';

export interface StrengthReport {
  strength: Strength;
  /** 0..4, for a meter. */
  score: number;
  advice: string;
}

const COMMON = ['password', 'qwerty', '123456', 'letmein', 'welcome', 'iloveyou', 'admin', 'council', 'visitor'];

/**
 * A rough estimate of guessing effort: character variety, length, and penalties for
 * repeats and common words. Enough to steer a coordinator towards a long phrase.
 */
export function passphraseStrength(passphrase: string): StrengthReport {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'too_short',
      score: 0,
      advice: `Use at least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words make a good passphrase.`,
    };
  }
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const distinct = new Set(passphrase.toLowerCase()).size;
  let bits = Math.log2(Math.max(pool, 2)) * Math.min(length, distinct * 2);
  const lower = passphrase.toLowerCase();
  if (COMMON.some((w) => lower.includes(w))) bits -= 20;
  if (/(.)\1{3,}/.test(passphrase)) bits -= 15;
  if (bits < 50) {
    return { strength: 'weak', score: 1, advice: 'Easy to guess. Add more words or avoid common words and repeats.' };
  }
  if (bits < 75) {
    return { strength: 'fair', score: 2, advice: 'Fair. Another word or two would make it much stronger.' };
  }
  return { strength: 'strong', score: bits < 100 ? 3 : 4, advice: 'Strong passphrase.' };
}

/** The setup rule: long enough and not weak. */
export function passphraseProblem(passphrase: string): string | null {
  const report = passphraseStrength(passphrase);
  if (report.strength === 'too_short') return report.advice;
  if (report.strength === 'weak') return 'This passphrase is too easy to guess. ' + report.advice.replace('Easy to guess. ', '');
  return null;
}
