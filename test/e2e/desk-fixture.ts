import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { startPreviewServer, type RunningPreview } from '../../electron/preview/server';
import { TEST_INSTANT, testClock } from '../support/time';

export interface DeskUnderTest {
  desk: Desk;
  preview: RunningPreview;
  /** The simulator's URL, for its admin surface (lock-side truth). */
  simulatorUrl: string;
  stop(): Promise<void>;
}

/** A real desk in demo mode (real SQLite file, real simulator over HTTP) behind the preview server. */
export async function startDeskUnderTest(timeZone = 'Europe/Madrid'): Promise<DeskUnderTest> {
  setLogLevel('warn');
  const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
  // The spec's ICS server runs on 127.0.0.1: allowed by name (feed-address.ts), never by default.
  const desk = await createDesk({
    dbFile: join(dir, 'desk.sqlite'),
    timeZone,
    clock: testClock(TEST_INSTANT),
    feedAllowHosts: ['127.0.0.1'],
  });
  const preview = await startPreviewServer({ desk, staticDir: join(import.meta.dirname, '../../dist/renderer') });
  return {
    desk,
    preview,
    simulatorUrl: desk.simulator!.url,
    async stop() {
      await preview.close();
      await desk.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function canOpen(simulatorUrl: string, lockId: number, card: string, atMs: number): Promise<boolean> {
  const res = await fetch(`${simulatorUrl}/__admin/can-open?lockId=${lockId}&card=${card}&at=${atMs}`);
  return ((await res.json()) as { canOpen: boolean }).canOpen;
}
