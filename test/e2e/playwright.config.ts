import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (toolchain.md). The flags keep Chromium from
// reaching for a network this machine does not have.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: '../../.reports/playwright.json' }]] : [['list'], ['json', { outputFile: '../../.reports/playwright.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
