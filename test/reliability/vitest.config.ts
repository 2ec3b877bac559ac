import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The reliability suite (`npm run test:reliability`): fault storms, crashes, torn copies and fuzzing.
// Its own config so the ordinary `vitest run` (unit + integration) stays quick.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
