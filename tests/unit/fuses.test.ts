// The fuses the packaged app is built with (build/fuses.mjs, electron-builder's afterPack hook).
import { FuseV1Options } from '@electron/fuses';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const FUSES_FILE = pathToFileURL(resolve(import.meta.dirname, '../../build/fuses.mjs')).href;

describe('fuses', () => {
  it('turn off running as Node, NODE_OPTIONS, --inspect and file://’s extra privileges, and load only the checked asar', async () => {
    const { FUSES } = (await import(FUSES_FILE)) as { FUSES: Record<number, boolean> };
    const off = [
      FuseV1Options.RunAsNode,
      FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      FuseV1Options.EnableNodeCliInspectArguments,
      FuseV1Options.GrantFileProtocolExtraPrivileges,
    ];
    for (const fuse of off) expect(FUSES[fuse], FuseV1Options[fuse]).toBe(false);
    for (const fuse of [FuseV1Options.OnlyLoadAppFromAsar, FuseV1Options.EnableEmbeddedAsarIntegrityValidation]) expect(FUSES[fuse], FuseV1Options[fuse]).toBe(true);
  });
});
