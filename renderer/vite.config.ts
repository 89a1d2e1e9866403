// Builds the renderer on its own, for the browser test harness. electron.vite.config.ts
// builds the same sources for the desktop app.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'dist'), emptyOutDir: true, sourcemap: false },
});
