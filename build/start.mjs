// `npm start`: build IV Desk and open it. Electron's program is downloaded from the
// internet on first use; where that cannot happen, say so plainly and point to what
// still works, rather than hanging or printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const DOWNLOAD_TIME_LIMIT_MS = 60_000;

/**
 * The Electron program's path, or null. Not require('electron'): when the program is
 * missing, that starts a download with no time limit.
 */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH)) return process.env.ELECTRON_EXEC_PATH;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

function say(text) {
  process.stdout.write(`${text}\n`);
}

let binary = electronBinary();
if (!binary) {
  say('Electron’s program is not on this computer yet. Trying to download it (this can take a minute)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: DOWNLOAD_TIME_LIMIT_MS });
  binary = electronBinary();
}

if (!binary) {
  say('');
  say('IV Desk cannot open its window here: Electron’s program could not be downloaded on this');
  say('machine (there is no internet access to its download site).');
  say('');
  say('What still works:');
  say('  npm test                  the whole test suite, including the app’s screens in Chromium');
  say('                            through the test harness');
  say('  npm run cli -- --help     the command-line tool, on the same data folder');
  say('  npm run harness           the app’s screens in a web browser');
  process.exit(1);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'preview'], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
