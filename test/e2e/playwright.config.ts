import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser (the build machines reach only npm and apt). The flags keep Chromium from
// reaching for a network this machine does not have.
//
// Under `npm run test:anytime` the desk and the tests run on libfaketime's clock, but Chromium
// cannot (its zygote fails under LD_PRELOAD): it gets a clean environment, and Playwright's own
// clock fixes the renderer's instant instead (fixtures.ts).
const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...browserEnv } = process.env;
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // A loaded 2-core machine (CI runs everything there) can take more than the default 5 s to
  // settle a screen after a reader tap; no assertion waits on wall-clock time for its meaning.
  expect: { timeout: 10_000 },
  reporter: process.env['CI']
    ? [['list'], ['json', { outputFile: '../../.reports/playwright.json' }]]
    : [['list'], ['json', { outputFile: '../../.reports/playwright.json' }]],
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      env: browserEnv,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
