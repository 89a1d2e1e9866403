/** A small argument reader: `--name value` options and positional words. */
import { UserError } from '../errors';

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

const FLAGS = new Set(['json', 'help', 'include-safeguarding', 'yes', 'dry-run']);

/**
 * Refuses an option the CLI does not know, so a typo such as `--datadir` cannot silently
 * fall back to the default data folder. A passphrase is never taken as an argument (it
 * would stay in the shell history and the process list), and the refusal does not
 * repeat it.
 */
function refuseUnknown(name: string, known: readonly string[] | undefined): void {
  if (!known || known.includes(name)) return;
  if (/pass/i.test(name)) {
    throw new UserError(
      'invalid_input',
      'The passphrase is never given on the command line, where it would be kept in your shell history. Set IV_DESK_PASSPHRASE, or run the command in a terminal to be asked for it. Nothing was changed.',
    );
  }
  throw new UserError('invalid_input', `There is no option --${name}. Run "iv-desk --help" to see the options.`);
}

/** `known`, when given, lists the only option names accepted. */
export function parseArgs(argv: string[], known?: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      refuseUnknown(name, known);
      if (inline !== undefined) options[name] = inline;
      else if (FLAGS.has(name)) options[name] = true;
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
        options[name] = value;
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}
