/**
 * Recovery keys are 160 random bits written as 8 groups of 4 Crockford base32
 * characters, which avoids letters people misread (I, L, O, U).
 */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_GROUPS = 8;
export const RECOVERY_GROUP_LENGTH = 4;

/** Upper-cases, drops spaces and dashes, and reads O as 0 and I or L as 1. */
export function normaliseRecoveryKey(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isWellFormedRecoveryKey(text: string): boolean {
  const n = normaliseRecoveryKey(text);
  return n.length === RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH && [...n].every((c) => RECOVERY_ALPHABET.includes(c));
}

export function groupRecoveryKey(normalised: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += RECOVERY_GROUP_LENGTH) {
    groups.push(normalised.slice(i, i + RECOVERY_GROUP_LENGTH));
  }
  return groups.join('-');
}

export function lastRecoveryGroup(key: string): string {
  return normaliseRecoveryKey(key).slice(-RECOVERY_GROUP_LENGTH);
}
