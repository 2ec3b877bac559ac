import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk } from '../core/desk';
import { createLogger } from '../core/log';
import { systemClock } from '../core/time/clock';
import { startPreviewServer } from './server';
import { testClock } from './test-clock';

const log = createLogger('preview');

/**
 * `npm run preview`: the whole desk in a browser. With SIFELY_ACCOUNT and SIFELY_PASSWORD set it
 * talks to the real cloud; otherwise it runs in demo mode on the built-in simulator, on a fresh
 * database each start unless DESK_DB names one. DESK_TEST_CLOCK (an ISO instant) starts the desk's
 * clock there, for end-to-end tests.
 */
async function main(): Promise<void> {
  const env = process.env;
  const sifely =
    env['SIFELY_ACCOUNT'] && env['SIFELY_PASSWORD']
      ? {
          account: env['SIFELY_ACCOUNT'],
          password: env['SIFELY_PASSWORD'],
          ...(env['SIFELY_BASE_URL'] ? { baseUrl: env['SIFELY_BASE_URL'] } : {}),
        }
      : undefined;
  const dbFile = env['DESK_DB'] ?? join(mkdtempSync(join(tmpdir(), 'sifely-desk-')), sifely ? 'desk.sqlite' : 'demo.sqlite');
  // End-to-end tests fix the instant the desk runs at; a person running the preview gets the PC's clock.
  const clock = env['DESK_TEST_CLOCK'] ? testClock(env['DESK_TEST_CLOCK']) : systemClock;
  const desk = await createDesk({ dbFile, clock, ...(sifely ? { sifely } : {}) });
  const preview = await startPreviewServer({
    desk,
    staticDir: join(import.meta.dirname, '../../dist/renderer'),
    port: Number(env['PORT'] ?? 5178),
  });
  log.info(`Sifely Front Desk${desk.demo ? ' (demo mode)' : ''}: open ${preview.url} (database ${dbFile})`);

  const stop = async (): Promise<void> => {
    await preview.close();
    await desk.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  log.error('the desk could not start', e);
  process.exit(1);
});
