// electron-vite only finds src/main|preload|renderer on its own; our layout is spelt out.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => resolve(import.meta.dirname, path);

export default defineConfig({
  main: {
    build: {
      outDir: here('out/main'),
      // One bundle loads faster from the asar than hundreds of small modules. Only the
      // native better-sqlite3 (and Electron and Node's built-ins, always) stay outside.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('electron/main/index.ts') },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: here('out/preload'),
      // A sandboxed preload can require only 'electron' and a few built-ins, and cannot be
      // an ES module: everything else is bundled into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: here('renderer'),
    plugins: [react()],
    build: {
      outDir: here('out/renderer'),
      rolldownOptions: { input: here('renderer/index.html') },
    },
  },
});
