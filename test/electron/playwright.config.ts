import { defineConfig } from '@playwright/test';

// The Electron smoke test: run on the Windows CI runner (.github/workflows/windows.yml), where the
// Electron binary can be downloaded. Not part of `npm test` (test/e2e's config only looks there).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
});
