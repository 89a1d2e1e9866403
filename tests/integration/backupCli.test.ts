/** The backup, backups and restore commands of the real `iv-desk` command line, as child processes. */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/session';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = resolve(ROOT, 'electron/core/cli/main.ts');
const SMALL = resolve(ROOT, 'tests/fixtures/interchange/valid-small.json');
const PASSPHRASE = 'lighthouse marmalade tangent orbit';
const home = tempDir('ivdesk-backup-cli-');

function cli(args: string[], passphrase = PASSPHRASE): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IV_DESK_')));
  return new Promise((done) => {
    const child = execFile(process.execPath, [TSX, MAIN, ...args], { cwd: ROOT, env: { ...base, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), IV_DESK_PASSPHRASE: passphrase }, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

const lastLine = (text: string) => JSON.parse(text.trim().split('\n').at(-1)!) as Record<string, unknown>;

describe('iv-desk backup, backups and restore', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('backs up, lists, refuses without --yes, and restores into an empty data folder', { timeout: 120_000 }, async () => {
    const data = join(home, 'data');
    expect((await cli(['init', '--scheme-name', 'CLI Scheme', '--data-dir', data])).code).toBe(0);
    expect((await cli(['import', SMALL, '--data-dir', data])).code).toBe(0);
    const usb = join(home, 'usb');
    const backup = await cli(['backup', '--to', usb, '--data-dir', data]);
    expect(backup.code, backup.stderr).toBe(0);
    const made = lastLine(backup.stdout);
    expect(made).toMatchObject({ reason: 'manual', status: 'good', counts: { volunteers: 5, youngPeople: 2 } });
    expect(existsSync(`${made.path as string}.key`)).toBe(true);

    const listed = await cli(['backups', '--json', '--data-dir', data]);
    expect(listed.code, listed.stderr).toBe(0);
    const reasons = (JSON.parse(listed.stdout) as { reason: string; status: string }[]).map((b) => `${b.reason}:${b.status}`);
    expect(reasons).toContain('before_import:good');

    const fresh = join(home, 'new-computer');
    const refused = await cli(['restore', made.path as string, '--data-dir', fresh]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/^iv-desk: .*--yes.*Nothing was changed\.\n$/);
    const wrong = await cli(['restore', made.path as string, '--yes', '--data-dir', fresh], 'not the passphrase at all');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/^iv-desk: That passphrase does not open this backup/);
    expect(wrong.stderr).not.toMatch(/\s+at /);
    expect(existsSync(join(fresh, 'iv-desk.db'))).toBe(false);

    const restored = await cli(['restore', made.path as string, '--yes', '--data-dir', fresh]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(lastLine(restored.stdout)).toEqual({ restored: made.path, safetyCopy: null });
    const status = await cli(['status', '--data-dir', fresh]);
    expect(JSON.parse(status.stdout)).toMatchObject({ scheme: 'Northshire Independent Visitors', volunteers: 5, youngPeople: 2 });

    const over = await cli(['restore', made.path as string, '--yes', '--data-dir', data]);
    expect(over.code, over.stderr).toBe(0);
    expect(lastLine(over.stdout).safetyCopy).toMatch(/before_restore\.db$/);
  });
});
