import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArgs } from './args';
import { UserError } from '../errors';

const KNOWN = ['data-dir', 'scheme-name', 'local-authority', 'from', 'to', 'json', 'help'] as const;

describe('parseArgs', () => {
  it('separates positional words from options', () => {
    expect(parseArgs(['import', 'file.json', '--data-dir', '/tmp/x'])).toEqual({
      positional: ['import', 'file.json'],
      options: { 'data-dir': '/tmp/x' },
    });
  });

  it('reads options anywhere on the line', () => {
    expect(parseArgs(['--data-dir', 'D', 'report', '--from', '2024-04-01', 'figures', '--to', '2025-03-31'])).toEqual({
      positional: ['report', 'figures'],
      options: { 'data-dir': 'D', from: '2024-04-01', to: '2025-03-31' },
    });
  });

  it('takes --name=value, keeping any further = signs and empty values', () => {
    expect(parseArgs(['--scheme-name=A=B', '--local-authority='])).toEqual({
      positional: [],
      options: { 'scheme-name': 'A=B', 'local-authority': '' },
    });
  });

  it('treats --json and --help as flags that take no value', () => {
    expect(parseArgs(['report', 'figures', '--json', '--from', '2024-04-01'])).toEqual({
      positional: ['report', 'figures'],
      options: { json: true, from: '2024-04-01' },
    });
    expect(parseArgs(['--help', 'status'])).toEqual({ positional: ['status'], options: { help: true } });
  });

  it('keeps values with spaces and unicode as they are', () => {
    expect(parseArgs(['init', '--scheme-name', "St Mary's IV — Nörth", '--data-dir', '/tmp/with space']).options).toEqual({
      'scheme-name': "St Mary's IV — Nörth",
      'data-dir': '/tmp/with space',
    });
  });

  it('refuses an option with no value rather than taking the next option as its value', () => {
    expect(() => parseArgs(['status', '--data-dir'])).toThrow('--data-dir needs a value');
    expect(() => parseArgs(['report', '--from', '--to', '2025-03-31'])).toThrow('--from needs a value');
  });

  it('without a list of known options, accepts any name (the reader alone is generic)', () => {
    expect(parseArgs(['--anything', 'x']).options).toEqual({ anything: 'x' });
  });

  describe('with the known options', () => {
    it('accepts every known option', () => {
      const args = parseArgs(
        ['init', '--data-dir', 'D', '--scheme-name', 'S', '--local-authority', 'L', '--from', 'F', '--to', 'T', '--json', '--help'],
        KNOWN,
      );
      expect(Object.keys(args.options).sort()).toEqual([...KNOWN].sort());
    });

    it('refuses a typo instead of silently using the default data folder', () => {
      expect(() => parseArgs(['status', '--datadir', '/tmp/x'], KNOWN)).toThrow(UserError);
      expect(() => parseArgs(['status', '--datadir', '/tmp/x'], KNOWN)).toThrow('There is no option --datadir');
    });

    it.each([
      [['status', '--passphrase', 'hunter2 hunter2 hunter2']],
      [['status', '--passphrase=hunter2 hunter2 hunter2']],
      [['status', '--pass', 'hunter2 hunter2 hunter2']],
      [['status', '--passphrase']],
    ])('never takes a passphrase as an argument, and does not repeat it: %j', (argv) => {
      let error: unknown;
      try {
        parseArgs(argv, KNOWN);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      const message = (error as UserError).message;
      expect(message).toMatch(/IV_DESK_PASSPHRASE/);
      expect(message).not.toContain('hunter2');
    });

    it('never echoes the value of an unknown option', () => {
      fc.assert(
        fc.property(
          fc.stringMatching(/^[a-z][a-z-]{0,15}$/).filter((n) => !(KNOWN as readonly string[]).includes(n)),
          fc.string().map((v) => `S3cr3t${v}`),
          (name, value) => {
            try {
              parseArgs(['status', `--${name}`, value], KNOWN);
            } catch (e) {
              expect(e).toBeInstanceOf(UserError);
              expect((e as Error).message).not.toContain(value);
              return;
            }
            throw new Error('expected a refusal');
          },
        ),
      );
    });
  });
});
