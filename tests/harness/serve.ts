/** `npm run harness`: the UI in a browser against real core, for trying it without Electron. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from './server';

const dataDir = process.env.IV_DESK_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'iv-desk-harness-'));
const port = Number(process.env.PORT ?? 5199);
startHarness({ dataDir, port }).then((h) => {
  process.stdout.write(`IV Desk harness: ${h.url}\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`);
  const stop = () => h.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
