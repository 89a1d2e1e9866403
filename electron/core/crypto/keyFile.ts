/**
 * The key file: the database's random data key, wrapped twice with AES-256-GCM, once
 * under a key derived from the passphrase (scrypt) and once under the recovery key
 * (HKDF; it is already 160 random bits). Changing the passphrase rewraps the data key;
 * the database itself is never rekeyed.
 *
 * The recovery slot is also sealed with an HMAC keyed by a key derived from the data key
 * (`recoveryMac`), so every unlock with the passphrase can check that the recovery key
 * would still work, long before the day it is needed. Key files written before the seal
 * existed get it at their next unlock.
 */
import { randomBytes, scrypt as scryptCb, hkdfSync, createCipheriv, createDecipheriv, createHmac, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { RECOVERY_ALPHABET, RECOVERY_GROUPS, RECOVERY_GROUP_LENGTH, groupRecoveryKey, normaliseRecoveryKey, isWellFormedRecoveryKey } from '../../../shared/recoveryKey';
import { UserError } from '../errors';

export const KEY_FILE_FORMAT = 'iv-desk-keyfile/1';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation: about half a second and 128 MiB on a laptop. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

interface WrappedKey {
  salt: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

export interface KeyFile {
  format: typeof KEY_FILE_FORMAT;
  passphrase: WrappedKey & { kdf: 'scrypt' } & ScryptParams;
  recovery: WrappedKey & { kdf: 'hkdf-sha256' };
  /** HMAC-SHA256 over the recovery slot; optional because older key files lack it. */
  recoveryMac?: string;
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

/** Wipes the secret once the key is derived: the caller hands over a buffer of its own. */
function scrypt(secret: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r * 2 };
  return new Promise((resolve, reject) =>
    scryptCb(secret, salt, 32, options, (err, key) => {
      secret.fill(0);
      if (err) reject(err);
      else resolve(key);
    }),
  );
}

/** wrap and unwrap wipe the key-encryption key they are given: every caller derives a fresh one. */
function wrap(kek: Buffer, dataKey: Buffer, aad: string): Omit<WrappedKey, 'salt'> {
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(aad));
    const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { iv: b64(iv), ciphertext: b64(ciphertext), tag: b64(cipher.getAuthTag()) };
  } finally {
    kek.fill(0);
  }
}

/** Null when the wrapping key is wrong (the GCM tag does not verify). */
function unwrap(kek: Buffer, wrapped: WrappedKey, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, unb64(wrapped.iv));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(unb64(wrapped.tag));
    const parts = [decipher.update(unb64(wrapped.ciphertext)), decipher.final()];
    const dataKey = Buffer.concat(parts);
    parts.forEach((part) => part.fill(0));
    return dataKey;
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}

const PASSPHRASE_AAD = 'iv-desk passphrase slot v1';
const RECOVERY_AAD = 'iv-desk recovery slot v1';

function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function recoveryKek(recoveryKey: string, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(normaliseRecoveryKey(recoveryKey)), salt, RECOVERY_AAD, 32));
}

export async function wrapUnderPassphrase(dataKey: Buffer, passphrase: string, params: ScryptParams): Promise<KeyFile['passphrase']> {
  const salt = randomBytes(16);
  const kek = await scrypt(passphraseBytes(passphrase), salt, params);
  return { kdf: 'scrypt', ...params, salt: b64(salt), ...wrap(kek, dataKey, PASSPHRASE_AAD) };
}

function wrapUnderRecoveryKey(dataKey: Buffer, recoveryKey: string): KeyFile['recovery'] {
  const salt = randomBytes(16);
  return { kdf: 'hkdf-sha256', salt: b64(salt), ...wrap(recoveryKek(recoveryKey, salt), dataKey, RECOVERY_AAD) };
}

const RECOVERY_MAC_INFO = 'iv-desk recovery slot mac v1';

function recoveryMacOf(dataKey: Buffer, slot: KeyFile['recovery']): Buffer {
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), RECOVERY_MAC_INFO, 32));
  try {
    // Every field, in a fixed order, so no part of the slot can change unnoticed.
    return createHmac('sha256', macKey).update(JSON.stringify([slot.kdf, slot.salt, slot.iv, slot.ciphertext, slot.tag])).digest();
  } finally {
    macKey.fill(0);
  }
}

export function sealRecoverySlot(dataKey: Buffer, slot: KeyFile['recovery']): string {
  return b64(recoveryMacOf(dataKey, slot));
}

/**
 * 'ok' when the seal verifies, 'unsealed' for a key file written before seals existed,
 * 'damaged' when the slot (or its seal) has changed since it was written.
 */
export function recoverySlotStatus(keyFile: KeyFile, dataKey: Buffer): 'ok' | 'unsealed' | 'damaged' {
  if (keyFile.recoveryMac === undefined) return 'unsealed';
  if (typeof keyFile.recoveryMac !== 'string' || !isSealed(keyFile.recovery ?? {})) return 'damaged';
  const expected = recoveryMacOf(dataKey, keyFile.recovery);
  const stored = unb64(keyFile.recoveryMac);
  return stored.length === expected.length && timingSafeEqual(stored, expected) ? 'ok' : 'damaged';
}

/** A fresh recovery key and its sealed slot for this data key. */
export function newRecoverySlot(dataKey: Buffer): { recoveryKey: string; recovery: KeyFile['recovery']; recoveryMac: string } {
  const recoveryKey = newRecoveryKey();
  const recovery = wrapUnderRecoveryKey(dataKey, recoveryKey);
  return { recoveryKey, recovery, recoveryMac: sealRecoverySlot(dataKey, recovery) };
}

export function newRecoveryKey(): string {
  const bytes = randomBytes(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH);
  // 256 is a multiple of 32, so taking each byte modulo 32 has no bias.
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join('');
  return groupRecoveryKey(chars);
}

export async function createKeyFile(passphrase: string, params: ScryptParams = DEFAULT_SCRYPT) {
  const dataKey = randomBytes(32);
  const { recoveryKey, recovery, recoveryMac } = newRecoverySlot(dataKey);
  const keyFile: KeyFile = { format: KEY_FILE_FORMAT, passphrase: await wrapUnderPassphrase(dataKey, passphrase, params), recovery, recoveryMac };
  return { keyFile, dataKey, recoveryKey };
}

export async function unlockWithPassphrase(keyFile: KeyFile, passphrase: string): Promise<Buffer> {
  const slot = keyFile.passphrase;
  const kek = await scrypt(passphraseBytes(passphrase), unb64(slot.salt), { N: slot.N, r: slot.r, p: slot.p });
  const dataKey = unwrap(kek, slot, PASSPHRASE_AAD);
  if (!dataKey) throw new UserError('wrong_passphrase', 'That passphrase is not right. Check it and try again.');
  return dataKey;
}

export function unlockWithRecoveryKey(keyFile: KeyFile, recoveryKey: string): Buffer {
  const wrong = new UserError('wrong_recovery_key', 'That recovery key is not right. Check each group of four characters.');
  if (!isWellFormedRecoveryKey(recoveryKey)) throw wrong;
  if (keyFile.recovery?.kdf !== 'hkdf-sha256' || !isSealed(keyFile.recovery)) {
    throw new UserError('damaged', "The recovery key's copy in the key file is damaged, so the recovery key cannot open it. Restore the key file from a backup.");
  }
  const dataKey = unwrap(recoveryKek(recoveryKey, unb64(keyFile.recovery.salt)), keyFile.recovery, RECOVERY_AAD);
  if (!dataKey) throw wrong;
  return dataKey;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function isSealed(slot: Partial<WrappedKey>): boolean {
  return [slot.salt, slot.iv, slot.ciphertext, slot.tag].every((v) => typeof v === 'string' && BASE64.test(v));
}

/** Bounded so a tampered file cannot ask for gigabytes of memory or hours of work. */
function isScryptParams({ N, r, p }: Partial<ScryptParams>): boolean {
  const whole = (n: unknown, max: number) => Number.isInteger(n) && (n as number) > 0 && (n as number) <= max;
  return whole(N, 2 ** 20) && ((N as number) & ((N as number) - 1)) === 0 && (N as number) > 1 && whole(r, 32) && whole(p, 16);
}

export function parseKeyFile(text: string): KeyFile {
  const damaged = new UserError('damaged', 'The key file is damaged, so the database cannot be unlocked. Restore it from a backup.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw damaged;
  }
  const k = parsed as KeyFile;
  const ok =
    k?.format === KEY_FILE_FORMAT &&
    k.passphrase?.kdf === 'scrypt' &&
    isSealed(k.passphrase) &&
    isScryptParams(k.passphrase);
  // A damaged recovery slot does not stop the passphrase from working: recoverySlotStatus reports it.
  if (!ok) throw damaged;
  return k;
}
