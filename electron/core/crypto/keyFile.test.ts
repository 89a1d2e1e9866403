import { describe, expect, it } from 'vitest';
import { createKeyFile, newRecoveryKey, newRecoverySlot, parseKeyFile, recoverySlotStatus, sealRecoverySlot, unlockWithPassphrase, unlockWithRecoveryKey, wrapUnderPassphrase, KEY_FILE_FORMAT, type KeyFile } from './keyFile';
import { UserError } from '../errors';
import { isWellFormedRecoveryKey, normaliseRecoveryKey } from '../../../shared/recoveryKey';

// Cheap scrypt for speed; the cost is stored in the key file, so unlocking uses it too.
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple';

async function made() {
  const { keyFile, dataKey, recoveryKey } = await createKeyFile(PASSPHRASE, CHEAP);
  // Through JSON and back, as it is stored on disk.
  return { keyFile: parseKeyFile(JSON.stringify(keyFile, null, 2)), text: JSON.stringify(keyFile, null, 2), dataKey, recoveryKey };
}

async function codeOf(promise: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).code;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

describe('key file', () => {
  it('unwraps the data key with the passphrase', async () => {
    const { keyFile, dataKey } = await made();
    expect(dataKey).toHaveLength(32);
    const unwrapped = await unlockWithPassphrase(keyFile, PASSPHRASE);
    expect(unwrapped.equals(dataKey)).toBe(true);
  });

  it('records the scrypt cost it used and the format marker', async () => {
    const { keyFile } = await made();
    expect(keyFile.format).toBe(KEY_FILE_FORMAT);
    expect(keyFile.passphrase).toMatchObject({ kdf: 'scrypt', ...CHEAP });
    expect(keyFile.recovery.kdf).toBe('hkdf-sha256');
  });

  it('refuses a wrong passphrase with wrong_passphrase, and a plain message', async () => {
    const { keyFile } = await made();
    const attempt = unlockWithPassphrase(keyFile, 'correct horse battery stapler');
    await expect(attempt).rejects.toThrow(/passphrase is not right/);
    expect(await codeOf(unlockWithPassphrase(keyFile, 'correct horse battery stapler'))).toBe('wrong_passphrase');
    expect(await codeOf(unlockWithPassphrase(keyFile, ''))).toBe('wrong_passphrase');
  });

  it('treats the passphrase by its Unicode characters, not their encoding (NFC)', async () => {
    const composed = 'café au lait avec du sucre'; // é as one code point
    const decomposed = composed.normalize('NFD'); // e + combining accent
    expect(decomposed).not.toBe(composed);
    const { keyFile, dataKey } = await createKeyFile(composed, CHEAP);
    expect((await unlockWithPassphrase(keyFile, decomposed)).equals(dataKey)).toBe(true);
  });

  it('unwraps the data key with the recovery key, however it is typed', async () => {
    const { keyFile, dataKey, recoveryKey } = await made();
    expect(unlockWithRecoveryKey(keyFile, recoveryKey).equals(dataKey)).toBe(true);
    const sloppy = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(unlockWithRecoveryKey(keyFile, sloppy).equals(dataKey)).toBe(true);
  });

  it('refuses a wrong or malformed recovery key with wrong_recovery_key', async () => {
    const { keyFile, recoveryKey } = await made();
    const other = newRecoveryKey();
    expect(normaliseRecoveryKey(other)).not.toBe(normaliseRecoveryKey(recoveryKey));
    expect(await codeOf(() => unlockWithRecoveryKey(keyFile, other))).toBe('wrong_recovery_key');
    expect(await codeOf(() => unlockWithRecoveryKey(keyFile, recoveryKey.slice(0, -1)))).toBe('wrong_recovery_key');
    expect(await codeOf(() => unlockWithRecoveryKey(keyFile, ''))).toBe('wrong_recovery_key');
    // The passphrase is not a recovery key.
    expect(await codeOf(() => unlockWithRecoveryKey(keyFile, PASSPHRASE))).toBe('wrong_recovery_key');
  });

  it('the recovery key is 8 groups of 4 and well formed', async () => {
    const { recoveryKey } = await made();
    expect(recoveryKey).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
    expect(isWellFormedRecoveryKey(recoveryKey)).toBe(true);
  });

  it('gives each key file its own data key, salts and recovery key', async () => {
    const a = await made();
    const b = await made();
    expect(a.dataKey.equals(b.dataKey)).toBe(false);
    expect(a.recoveryKey).not.toBe(b.recoveryKey);
    expect(a.keyFile.passphrase.salt).not.toBe(b.keyFile.passphrase.salt);
    expect(a.keyFile.recovery.salt).not.toBe(b.keyFile.recovery.salt);
  });

  it('keeps neither the data key, the passphrase nor the recovery key in the file', async () => {
    const { text, dataKey, recoveryKey } = await made();
    const forms = [
      dataKey.toString('hex'),
      dataKey.toString('hex').toUpperCase(),
      dataKey.toString('base64'),
      dataKey.toString('base64url'),
      // Any 8 consecutive bytes of the key, in base64, would already be a leak.
      dataKey.subarray(0, 12).toString('base64'),
      dataKey.subarray(0, 8).toString('hex'),
    ];
    for (const form of forms) expect(text).not.toContain(form);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(recoveryKey);
    expect(text).not.toContain(normaliseRecoveryKey(recoveryKey));
  });

  it('a rewrapped passphrase slot opens with the new passphrase only, and the recovery slot still works', async () => {
    const { keyFile, dataKey, recoveryKey } = await made();
    const next: KeyFile = { ...keyFile, passphrase: await wrapUnderPassphrase(dataKey, 'lighthouse marmalade tangent orbit', CHEAP) };
    expect((await unlockWithPassphrase(next, 'lighthouse marmalade tangent orbit')).equals(dataKey)).toBe(true);
    expect(await codeOf(unlockWithPassphrase(next, PASSPHRASE))).toBe('wrong_passphrase');
    expect(unlockWithRecoveryKey(next, recoveryKey).equals(dataKey)).toBe(true);
  });

  it('a tampered slot does not open (the GCM tag is checked)', async () => {
    const { keyFile, recoveryKey } = await made();
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] ^= 1;
      return bytes.toString('base64');
    };
    const ciphertext: KeyFile = { ...keyFile, passphrase: { ...keyFile.passphrase, ciphertext: flip(keyFile.passphrase.ciphertext) } };
    expect(await codeOf(unlockWithPassphrase(ciphertext, PASSPHRASE))).toBe('wrong_passphrase');
    const salt: KeyFile = { ...keyFile, passphrase: { ...keyFile.passphrase, salt: flip(keyFile.passphrase.salt) } };
    expect(await codeOf(unlockWithPassphrase(salt, PASSPHRASE))).toBe('wrong_passphrase');
    const recovery: KeyFile = { ...keyFile, recovery: { ...keyFile.recovery, tag: flip(keyFile.recovery.tag) } };
    expect(await codeOf(() => unlockWithRecoveryKey(recovery, recoveryKey))).toBe('wrong_recovery_key');
    // A slot cannot be swapped for the other: each is bound to its own purpose.
    const swapped: KeyFile = { ...keyFile, recovery: { ...keyFile.recovery, ...pick(keyFile.passphrase) } };
    expect(await codeOf(() => unlockWithRecoveryKey(swapped, recoveryKey))).toBe('wrong_recovery_key');
  });
});

function pick(slot: KeyFile['passphrase']) {
  return { iv: slot.iv, ciphertext: slot.ciphertext, tag: slot.tag };
}

describe('parseKeyFile', () => {
  it('reads back what was written', async () => {
    const { text, keyFile } = await made();
    expect(parseKeyFile(text)).toEqual(keyFile);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"format":"iv-desk-keyfile/1","passphrase":{'],
    ['not JSON', 'hello'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
  ])('calls a key file that is %s damaged', async (_name, text) => {
    expect(await codeOf(() => parseKeyFile(text))).toBe('damaged');
  });

  it('calls a key file with the wrong format, kdf or scrypt cost damaged', async () => {
    const { keyFile } = await made();
    const variants: unknown[] = [
      { ...keyFile, format: 'iv-desk-keyfile/2' },
      { ...keyFile, format: undefined },
      { ...keyFile, passphrase: undefined },
      { ...keyFile, passphrase: { ...keyFile.passphrase, kdf: 'pbkdf2' } },
      { ...keyFile, passphrase: { ...keyFile.passphrase, N: 0 } },
      { ...keyFile, passphrase: { ...keyFile.passphrase, r: 1.5 } },
      { ...keyFile, passphrase: { ...keyFile.passphrase, p: '1' } },
    ];
    for (const variant of variants) expect(await codeOf(() => parseKeyFile(JSON.stringify(variant)))).toBe('damaged');
  });

  it('says damaged with a plain message that names no secret', () => {
    expect(() => parseKeyFile('{')).toThrow(/key file is damaged/);
  });

  it('calls a key file whose passphrase slot has no salt damaged', async () => {
    const { keyFile } = await made();
    const broken = JSON.stringify({ ...keyFile, passphrase: { ...keyFile.passphrase, salt: undefined } });
    expect(await codeOf(async () => unlockWithPassphrase(parseKeyFile(broken), PASSPHRASE))).toBe('damaged');
  });

  it('calls scrypt settings a tampered file could use to exhaust memory damaged', async () => {
    const { keyFile } = await made();
    for (const N of [2 ** 30, 1000, 0]) {
      const broken = JSON.stringify({ ...keyFile, passphrase: { ...keyFile.passphrase, N } });
      expect(await codeOf(async () => parseKeyFile(broken))).toBe('damaged');
    }
  });
});

describe('the recovery slot seal', () => {
  const flip = (b64: string, at = 0) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[at] ^= 1;
    return bytes.toString('base64');
  };

  it('a new key file is sealed, and the seal verifies with its data key only', async () => {
    const { keyFile, dataKey } = await made();
    expect(typeof keyFile.recoveryMac).toBe('string');
    expect(recoverySlotStatus(keyFile, dataKey)).toBe('ok');
    const other = await made();
    expect(recoverySlotStatus(keyFile, other.dataKey)).toBe('damaged');
  });

  it('any change to the recovery slot or its seal shows as damaged, while the passphrase still unlocks', async () => {
    const { keyFile, dataKey } = await made();
    const variants: KeyFile[] = [
      { ...keyFile, recovery: { ...keyFile.recovery, ciphertext: flip(keyFile.recovery.ciphertext, 5) } },
      { ...keyFile, recovery: { ...keyFile.recovery, tag: flip(keyFile.recovery.tag) } },
      { ...keyFile, recovery: { ...keyFile.recovery, iv: flip(keyFile.recovery.iv) } },
      { ...keyFile, recovery: { ...keyFile.recovery, salt: flip(keyFile.recovery.salt) } },
      { ...keyFile, recoveryMac: flip(keyFile.recoveryMac!) },
      { ...keyFile, recoveryMac: 'not base64 !' },
      { ...keyFile, recoveryMac: 42 as unknown as string },
    ];
    for (const variant of variants) {
      const parsed = parseKeyFile(JSON.stringify(variant));
      expect(recoverySlotStatus(parsed, dataKey), JSON.stringify(variant.recovery)).toBe('damaged');
      expect((await unlockWithPassphrase(parsed, PASSPHRASE)).equals(dataKey)).toBe(true);
    }
  });

  it('a recovery slot too broken to read still lets the passphrase unlock, and the recovery key says the slot is damaged', async () => {
    const { keyFile, dataKey, recoveryKey } = await made();
    for (const recovery of [undefined, 'junk', { ...keyFile.recovery, kdf: 'none' }, { ...keyFile.recovery, iv: '%%%' }]) {
      const parsed = parseKeyFile(JSON.stringify({ ...keyFile, recovery }));
      expect(recoverySlotStatus(parsed, dataKey)).toBe('damaged');
      expect((await unlockWithPassphrase(parsed, PASSPHRASE)).equals(dataKey)).toBe(true);
      expect(await codeOf(() => unlockWithRecoveryKey(parsed, recoveryKey))).toBe('damaged');
    }
  });

  it('an older key file without a seal is "unsealed", and sealing it makes it ok', async () => {
    const { keyFile, dataKey } = await made();
    const older = parseKeyFile(JSON.stringify({ ...keyFile, recoveryMac: undefined }));
    expect(recoverySlotStatus(older, dataKey)).toBe('unsealed');
    expect(recoverySlotStatus({ ...older, recoveryMac: sealRecoverySlot(dataKey, older.recovery) }, dataKey)).toBe('ok');
  });

  it('a new recovery slot opens with its new key only, and is sealed', async () => {
    const { keyFile, dataKey, recoveryKey } = await made();
    const fresh = newRecoverySlot(dataKey);
    const next: KeyFile = { ...keyFile, recovery: fresh.recovery, recoveryMac: fresh.recoveryMac };
    expect(fresh.recoveryKey).not.toBe(recoveryKey);
    expect(unlockWithRecoveryKey(next, fresh.recoveryKey).equals(dataKey)).toBe(true);
    expect(await codeOf(() => unlockWithRecoveryKey(next, recoveryKey))).toBe('wrong_recovery_key');
    expect(recoverySlotStatus(next, dataKey)).toBe('ok');
  });
});
