import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import { DEMO_ACCOUNT, seedDemoCloud, seedDemoStore, type DemoLocks } from '../../electron/core/demo/sample-property';
import { setLogLevel } from '../../electron/core/log';
import { startSifelySimulator, type RunningSimulator } from '../../electron/core/sifely-simulator/server';
import { checkoutTag } from '../support/checkout-tag';
import { TEST_INSTANT, testClock } from '../support/time';

setLogLevel('error');

/**
 * "The process killed at random points during a batch of operations → after restart every
 * operation completes exactly once, nothing is lost." A real desk process (child) runs a burst
 * of check-ins, passcodes, a checkout and a cancellation against the simulator over HTTP and is
 * SIGKILLed at a random moment; a second process reopens the same SQLite file and drains the
 * outbox. The simulator (in this process) survives every kill and is the lock-side truth.
 */
const TRIALS = 50;

let dir: string;
let sim: RunningSimulator;
let locks: DemoLocks;
let child: string;
const clock = testClock(TEST_INSTANT);

/** Deterministic kill moments: a small LCG so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-crash-'));
  // Bundled once so each of the ~100 processes starts in a fraction of a second. The file is named
  // for this checkout: worktrees share node_modules, and another checkout's bundle is other code.
  const cache = join(import.meta.dirname, '../../node_modules/.cache/desk-tests');
  mkdirSync(cache, { recursive: true });
  child = join(cache, `crash-child-${checkoutTag()}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'crash/child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'silent',
  });
  sim = await startSifelySimulator({ now: clock.wall });
  locks = seedDemoCloud(sim.state);
}, 60_000);

afterAll(async () => {
  await sim?.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], killAfterReadyMs?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DESK_TEST_CLOCK: String(clock.wall()) },
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      if (killAfterReadyMs !== undefined && out.includes('ready')) {
        const t = setTimeout(() => p.kill('SIGKILL'), killAfterReadyMs);
        killAfterReadyMs = undefined;
        p.once('exit', () => clearTimeout(t));
      }
    });
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child exited ${code}: ${err}`))));
  });
}

interface CredRow {
  label: string;
  kind: 'card' | 'passcode';
  state: string;
  lock_id: number;
  secret: string;
  start_ms: number;
  end_ms: number;
}

describe('the outbox across crashes', () => {
  it(`completes every committed operation exactly once after ${TRIALS} random SIGKILLs`, async () => {
    const random = lcg(20261125);
    const totals = { attempted: 0, completed: 0, duplicated: 0, lost: 0, zombies: 0, killedMidBatch: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const dbFile = join(dir, `trial-${trial}.sqlite`);
      const db = openDatabase(dbFile);
      const now = clock.wall;
      seedDemoStore({ property: createPropertyRepo(db), rooms: createRoomsRepo(db), bookings: createBookingsRepo(db, now) }, locks, {
        timeZone: 'Europe/Madrid',
        nowMs: now(),
      });
      db.close();

      const args = [dbFile, sim.url, DEMO_ACCOUNT.account, DEMO_ACCOUNT.password, String(trial)];
      const batch = await run(['batch', ...args], Math.floor(random() * 60));
      if (!batch.includes('batch-done')) totals.killedMidBatch++;
      const drained = JSON.parse((await run(['drain', ...args])).trim().split('\n').at(-1)!) as {
        queued: number;
        sending: number;
        done: number;
        gaveUp: number;
      };

      const check = openDatabase(dbFile);
      const rows = check
        .prepare<[], CredRow>(
          'SELECT c.label, c.kind, c.state, d.lock_id, c.secret, c.start_ms, c.end_ms FROM credentials c JOIN doors d ON d.id = c.door_id',
        )
        .all();
      const outboxRows = check.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox').get()!.n;
      check.close();

      totals.attempted += outboxRows;
      totals.completed += drained.done;
      totals.lost += drained.queued + drained.sending + rows.filter((r) => r.state === 'pending' || r.state === 'revoking').length;
      for (const r of rows) {
        const onLock = (
          r.kind === 'card'
            ? [...sim.state.cards.values()].map((c) => ({ name: c.cardName, lockId: c.lockId, lock: c.lock }))
            : [...sim.state.passcodes.values()].map((p) => ({ name: p.keyboardPwdName, lockId: p.lockId, lock: p.lock }))
        ).filter((x) => x.name === r.label && x.lockId === r.lock_id && x.lock !== null);
        if (r.state === 'issued') {
          if (onLock.length > 1) totals.duplicated += onLock.length - 1;
          expect(onLock, `${r.label} issued once on its lock (trial ${trial})`).toHaveLength(1);
        }
        if (r.state === 'revoked') {
          totals.zombies += onLock.length;
          expect(onLock, `${r.label} gone from its lock (trial ${trial})`).toHaveLength(0);
        }
      }
      expect(drained.queued + drained.sending, `outbox drained (trial ${trial})`).toBe(0);
    }
    // The figures the reliability report prints; the assertions above are per credential.
    console.log(`crash test: ${JSON.stringify(totals)}`);
    expect(totals.lost).toBe(0);
    expect(totals.duplicated).toBe(0);
    expect(totals.zombies).toBe(0);
    expect(totals.killedMidBatch).toBeGreaterThan(TRIALS / 4);
  }, 600_000);
});
