import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, type Desk, type DeskConfig } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { TEST_INSTANT, testClock } from '../support/time';

/**
 * A demo-mode desk on a real SQLite file and the real simulator over HTTP, with a short outbox
 * back-off so retries happen within a test, on a clock that starts at TEST_INSTANT unless the test
 * gives its own. Each call gets its own folder.
 */
export async function openDemoDesk(config: Partial<DeskConfig> = {}): Promise<{ desk: Desk; close: () => Promise<void> }> {
  setLogLevel('error');
  const dir = mkdtempSync(join(tmpdir(), 'desk-test-'));
  const desk = await createDesk({
    dbFile: join(dir, 'desk.sqlite'),
    timeZone: 'Europe/Madrid',
    access: { backoff: { baseMs: 20, capMs: 200 }, interactiveWaitMs: 5_000 },
    ...config,
    clock: config.clock ?? testClock(TEST_INSTANT),
  });
  return {
    desk,
    close: async () => {
      await desk.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits (bounded) for something the outbox settles in the background. */
export async function until(what: () => Promise<boolean> | boolean, ms = 8_000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await what())) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits (bounded) until the desk's outbox has nothing queued or in flight; answers its counts. */
export async function drainOutbox(desk: Desk, ms = 20_000): Promise<{ queued: number; sending: number; done: number; gaveUp: number }> {
  const settled = async (): Promise<boolean> => {
    const r = await desk.handlers['outbox:status']({});
    return r.queued + r.sending === 0;
  };
  await until(settled, ms).catch(() => undefined); // the caller judges what is left
  return desk.handlers['outbox:status']({});
}
