import { describe, expect, it } from 'vitest';
import { storageFailure } from './storageErrors';

const failure = (code: string, opening = false) => storageFailure(Object.assign(new Error('x'), { code }), opening);

describe('storageFailure', () => {
  it('says the disk is full and that nothing was saved', () => {
    expect(failure('SQLITE_FULL')).toEqual({ code: 'storage', message: 'The disk is full: nothing was saved. Free some space and try again.' });
    expect(failure('ENOSPC')?.message).toBe('The disk is full: nothing was saved. Free some space and try again.');
  });

  it('words it for opening the records at unlock', () => {
    expect(failure('SQLITE_FULL', true)?.message).toBe('The disk is full, so IV Desk cannot open your records. Free some space and try again.');
  });

  it('gives read-only, input/output and busy their own messages, extended codes included', () => {
    expect(failure('SQLITE_READONLY_DBMOVED')?.message).toMatch(/^The data folder cannot be written to .*: nothing was saved\./);
    expect(failure('EACCES')?.message).toMatch(/cannot be written to/);
    expect(failure('SQLITE_IOERR_WRITE')?.message).toMatch(/^The computer could not read or write the data file/);
    expect(failure('SQLITE_BUSY')?.message).toMatch(/in use by another copy of IV Desk/);
    expect(failure('SQLITE_LOCKED_SHAREDCACHE')?.message).toMatch(/in use by another copy/);
  });

  it('calls an input/output error a full disk when the disk has no room', () => {
    const ioerr = Object.assign(new Error('x'), { code: 'SQLITE_IOERR_SHMSIZE' });
    expect(storageFailure(ioerr, true, () => true)?.message).toBe('The disk is full, so IV Desk cannot open your records. Free some space and try again.');
    expect(storageFailure(ioerr, true, () => false)?.message).toMatch(/input\/output error/);
  });

  it('leaves every other error to the caller', () => {
    expect(failure('SQLITE_CONSTRAINT_FOREIGNKEY')).toBeNull();
    expect(storageFailure(new Error('no code'))).toBeNull();
    expect(storageFailure(null)).toBeNull();
    expect(storageFailure('text')).toBeNull();
  });
});
