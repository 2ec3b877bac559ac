import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layers, layersRule } from './eslint-rules/layers.js';
import { storeOnlyInvoke } from './eslint-rules/store-only-invoke.js';

/**
 * Type-aware lint with the process boundaries of docs/architecture.md: the renderer and shared/ may not
 * import Node, Electron or native modules; the core may not import Electron.
 */
const nodeOnly = ['electron', 'better-sqlite3', 'node-hid', 'node:*', 'fs', 'path', 'os', 'crypto', 'http', 'child_process'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'test-results', 'playwright-report', '.reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // Imports run downward (docs/architecture.md#layers): what a folder may import from.
    files: ['**/*.{ts,tsx}'],
    plugins: { desk: { rules: { layers: layersRule } } },
    rules: { 'desk/layers': ['error', layers] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: nodeOnly, message: 'renderer/ and shared/ run without Node: no Node, Electron or native modules.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer runs without Node: no Node, Electron or native modules.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the core only through window.desk.' },
          ],
        },
      ],
    },
  },
  storeOnlyInvoke,
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core is plain Node: Electron lives in electron/main.' }],
          patterns: [{ group: ['**/main/**', '**/preload/**'], message: 'The core does not know its transports.' }],
        },
      ],
    },
  },
  {
    // One clock (docs/product.md "One clock"): the core reads time only from its injected Clock / DeskTime, so tests
    // fix the instant and a PC clock moved by hand cannot stretch a wait or fake an expiry.
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/time/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Take the time from the injected clock (electron/core/time), not Date.now.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the injected clock (electron/core/time), not new Date().',
        },
        {
          selector: "MemberExpression[object.name='performance'][property.name='now']",
          message: 'Waits use DeskTime.monotonic(), not performance.now.',
        },
        {
          selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/]',
          message: 'Timers run on the injected clock (DeskTime.after / every / sleep), so a virtual clock can run a day in minutes.',
        },
      ],
    },
  },
  {
    // In Electron's main process an unawaited rejection shows an error dialog over the kiosk:
    // `void promise` is not enough there, every promise gets a .catch (or is awaited).
    files: ['electron/main/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'build/**/*.mjs', 'test/**/*.mjs', 'electron/preview/cli.ts', 'bench/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
  },
);
