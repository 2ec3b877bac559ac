import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { createRotatingFileLog } from '../../electron/core/logging/rotating-file-sink';
import { createShutdown, type ClosableDesk, type QuittableApp } from '../../electron/main/shutdown';
import { TEST_INSTANT, testClock } from '../support/time';
import { until } from '../integration/demo-desk';

/**
 * Electron's `app`, as far as the shutdown uses it: quit() emits `before-quit` and really quits
 * only if no listener called preventDefault (Electron's app docs); relaunch() only registers.
 */
class FakeApp extends EventEmitter implements QuittableApp {
  quitAttempts = 0;
  exited = false;
  relaunchRegistered = false;
  relaunchedBeforeExit: boolean | null = null;
  quit(): void {
    this.quitAttempts++;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.exited = true;
      this.relaunchedBeforeExit = this.relaunchRegistered;
    }
  }
  relaunch(): void {
    this.relaunchRegistered = true;
  }
}

const silent = { info: () => {}, error: () => {} };
let dir: string;
let desk: Desk | null;
beforeEach(() => {
  setLogLevel('error');
  dir = mkdtempSync(join(tmpdir(), 'desk-shutdown-'));
  desk = null;
});
afterEach(async () => {
  await desk?.close();
  rmSync(dir, { recursive: true, force: true });
});

const openRealDesk = async (): Promise<Desk> =>
  (desk = await createDesk({ dbFile: join(dir, 'demo.sqlite'), timeZone: 'Europe/Madrid', clock: testClock(TEST_INSTANT) }));
const cleanMarker = (): boolean => existsSync(join(dir, 'demo.sqlite.clean'));

describe('every exit path closes the desk (real demo desk on a SQLite file)', () => {
  it('a quit is held until the desk has closed, then goes through: the database is marked closed cleanly', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const shutdown = createShutdown(app, { desk: () => real, graceMs: 10_000, log: silent });
    expect(cleanMarker()).toBe(false); // removed while the desk runs
    app.quit();
    expect(app.exited).toBe(false); // held: the desk is still closing
    expect(shutdown.isQuitting()).toBe(true);
    await until(() => app.exited);
    expect(cleanMarker()).toBe(true);
    expect(app.quitAttempts).toBe(2);
  });

  it('a quit right after issuing leaves no outbox row unclear: the grace lets in-flight sends finish before the file closes', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const { arrivals } = await real.handlers['booking:today']({});
    // A slow cloud: the sends are still on the wire when the quit comes.
    real.simulator!.faults.add({ path: '/v3/keyboardPwd/add', latencyMs: 400 });
    // Sends queued and in flight when the quit comes (not awaited: the clerk's work is under way).
    const issuing = arrivals.slice(0, 3).map((b) =>
      Promise.resolve()
        .then(() => real.handlers['access:issue-passcode']({ bookingId: b.id }))
        .catch(() => undefined),
    );
    const shutdown = createShutdown(app, { desk: () => real, graceMs: 10_000, log: silent });
    await new Promise((r) => setTimeout(r, 100));
    shutdown.quit();
    await until(() => app.exited, 15_000);
    await Promise.all(issuing);
    expect(cleanMarker()).toBe(true);
    const db = new Database(join(dir, 'demo.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBeGreaterThan(0); // there was work to close over
      expect(db.prepare(`SELECT count(*) FROM outbox WHERE unclear = 1 OR state = 'sending'`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a relaunch (new Sifely account) closes the desk first, then quits with the restart registered (never app.exit)', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const shutdown = createShutdown(app, { desk: () => real, graceMs: 10_000, log: silent });
    shutdown.quit({ relaunch: true });
    await until(() => app.exited);
    expect(app.relaunchedBeforeExit).toBe(true);
    expect(cleanMarker()).toBe(true);
  });

  it('Windows ending the session closes the database before the handler returns', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const shutdown = createShutdown(app, { desk: () => real, graceMs: 10_000, log: silent });
    shutdown.sessionEnd('shutdown');
    // No await in between: Windows may end the process right after the event.
    expect(cleanMarker()).toBe(true);
    expect(shutdown.isQuitting()).toBe(true);
    await real.close(); // the later orderly close is harmless
    // …and a quit after the session end is not held again.
    app.quit();
    expect(app.exited).toBe(true);
  });

  it('a clean quit writes every logged line (the log files are written asynchronously) before the app exits', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const files = createRotatingFileLog({ dir: join(dir, 'logs'), maxBytes: 10_000_000 });
    const shellLog = {
      info: (m: string) => files.sink('info', 'shell', m),
      error: (m: string, e?: unknown) => files.sink('error', 'shell', m, e),
    };
    const shutdown = createShutdown(app, { desk: () => real, graceMs: 10_000, log: shellLog, logFiles: files });
    for (let i = 0; i < 2000; i++) files.sink('info', 'desk', `work ${i}`);
    shutdown.quit();
    await until(() => app.exited);
    // Read at the moment of exit: nothing is left to land later.
    const text = readFileSync(join(dir, 'logs', 'desk.log'), 'utf8');
    expect(text.match(/\[desk\] work \d+/g)).toEqual(Array.from({ length: 2000 }, (_, i) => `[desk] work ${i}`));
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/\[shell\] desk closed; quitting$/);
  });

  it('Windows ending the session writes the queued log lines before the handler returns', async () => {
    const app = new FakeApp();
    const real = await openRealDesk();
    const files = createRotatingFileLog({ dir: join(dir, 'logs') });
    const shutdown = createShutdown(app, {
      desk: () => real,
      graceMs: 10_000,
      log: { info: (m) => files.sink('info', 'shell', m), error: () => {} },
      logFiles: files,
    });
    for (let i = 0; i < 200; i++) files.sink('info', 'desk', `work ${i}`);
    shutdown.sessionEnd('logoff');
    expect(readFileSync(join(dir, 'logs', 'desk.log'), 'utf8')).toMatch(/\[desk\] work 199\n.*Windows session ending \(logoff\)/s);
    await real.close();
  });

  it('a close that hangs is cut short after the grace period: the database is closed at once and the quit goes on', async () => {
    const app = new FakeApp();
    let closedNow = 0;
    const hanging: ClosableDesk = { close: () => new Promise(() => {}), closeNow: () => void closedNow++ };
    const errors: string[] = [];
    createShutdown(app, { desk: () => hanging, graceMs: 30, log: { info: () => {}, error: (m) => errors.push(m) } });
    app.quit();
    app.quit(); // a second request while closing does not start a second close
    await until(() => app.exited);
    expect(closedNow).toBe(1);
    expect(errors.join('\n')).toMatch(/did not close within 30 ms/);
  });

  it('a close that fails still closes the database and quits', async () => {
    const app = new FakeApp();
    let closedNow = 0;
    const failing: ClosableDesk = { close: () => Promise.reject(new Error('reader stuck')), closeNow: () => void closedNow++ };
    createShutdown(app, { desk: () => failing, graceMs: 10_000, log: silent });
    app.quit();
    await until(() => app.exited);
    expect(closedNow).toBe(1);
  });

  it('before the desk exists (start-up failed) a quit goes through at once', async () => {
    const app = new FakeApp();
    createShutdown(app, { desk: () => null, graceMs: 10_000, log: silent });
    app.quit();
    await until(() => app.exited);
  });
});
