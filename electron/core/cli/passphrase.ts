/** The passphrase comes from IV_DESK_PASSPHRASE or a hidden prompt, never an argument. */
import { UserError } from '../errors';

export async function readPassphrase(question: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.IV_DESK_PASSPHRASE) return env.IV_DESK_PASSPHRASE;
  if (!process.stdin.isTTY) {
    throw new UserError('invalid_input', 'No passphrase given. Set IV_DESK_PASSPHRASE, or run the command in a terminal to be asked for it.');
  }
  return promptHidden(question);
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UserError('invalid_input', 'Cancelled.'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
