// Runs real programs (Node itself standing in for `net use`), so the time limit and the failures are real.
import { describe, expect, it } from 'vitest';
import { findNetworkDriveLetters } from './networkDrives';

const SAMPLE = 'OK           Z:        \\\\\\\\fs01\\\\share   Microsoft Windows Network';
const node = (script: string) => [process.execPath, ['-e', script]] as const;

describe('findNetworkDriveLetters', () => {
  it('reads the letters from the program’s output on Windows', async () => {
    expect(await findNetworkDriveLetters({ platform: 'win32', command: node(`console.log('${SAMPLE}')`) })).toEqual(['Z']);
  });

  it('asks nothing on other systems', async () => {
    expect(await findNetworkDriveLetters({ platform: 'linux', command: node(`console.log('${SAMPLE}')`) })).toEqual([]);
    expect(await findNetworkDriveLetters({ platform: 'darwin' })).toEqual([]);
  });

  it('gives up after the time limit with none', async () => {
    const started = Date.now();
    const letters = await findNetworkDriveLetters({ platform: 'win32', timeoutMs: 300, command: node(`console.log('${SAMPLE}'); setTimeout(() => {}, 20000)`) });
    expect(letters).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('answers none when the program fails or is missing', async () => {
    expect(await findNetworkDriveLetters({ platform: 'win32', command: node(`console.log('${SAMPLE}'); process.exit(2)`) })).toEqual([]);
    expect(await findNetworkDriveLetters({ platform: 'win32', command: ['/no/such/program', []] })).toEqual([]);
  });
});
