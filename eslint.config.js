// The layering is enforced here: shared imports nothing of ours, core never imports
// electron, the renderer reaches core only through the API object.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'renderer/dist', 'test-results', 'playwright-report', 'migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'better-sqlite3', 'drizzle-orm*', 'react*'], 'shared/ is runtime-agnostic: it imports only zod and itself.'),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(['electron', '**/main/**', '**/preload/**', '**/renderer/**'], 'core never imports Electron or the layers above it.'),
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['**/electron/**', 'electron', 'node:*', 'better-sqlite3', 'drizzle-orm*'], 'The renderer talks to core only through window.ivDesk.'),
    },
  },
);
