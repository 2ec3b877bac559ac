import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { layers, layersRule } from './eslint-rules/layers.js';

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
  {
    // One data pattern in the renderer: components ask the core through the store's slices, which own
    // the IpcResult handling and what to refresh after; only the slices and the bridge call invoke.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'renderer/src/store/**',
      'renderer/src/api/bridge.ts',
      // r14a removes these
      'renderer/src/features/demo/DemoTap.tsx',
      'renderer/src/features/demo/TypedCard.tsx',
      'renderer/src/features/reader/keyboardReader.ts',
      'renderer/src/features/reader/readerStore.ts',
      'renderer/src/features/setup/BulkRooms.tsx',
      'renderer/src/features/setup/QuitDesk.tsx',
      'renderer/src/features/setup/RoomTypesSection.tsx',
      'renderer/src/features/setup/SetupWizard.tsx',
      'renderer/src/features/setup/sections.tsx',
      'renderer/src/features/setup/useSetup.ts',
      'renderer/src/features/staff/ChangePin.tsx',
      'renderer/src/features/staff/StaffGate.tsx',
      'renderer/src/features/staff/useIsManager.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='invoke']",
          message: 'Components ask the core through a store slice (renderer/src/store), never desk.invoke.',
        },
        {
          selector: "ObjectPattern > Property[key.name='invoke']",
          message: 'Components ask the core through a store slice (renderer/src/store), never desk.invoke.',
        },
      ],
    },
  },
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
