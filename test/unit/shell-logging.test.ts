import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesk } from '../../electron/core/desk';
import { exportDiagnostics } from '../../electron/core/logging/diagnostics';
import { createRotatingFileLog } from '../../electron/core/logging/rotating-file-sink';
import { runSelfTest } from '../../electron/core/self-test';
import { TEST_INSTANT, testClock } from '../support/time';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('rotating log files', () => {
  it('caps each file, keeps N files, and the newest lines are in desk.log', async () => {
    const log = createRotatingFileLog({ dir, maxBytes: 2000, maxFiles: 3 });
    for (let i = 0; i < 200; i++) log.sink('info', 'test', `line ${i} ${'x'.repeat(40)}`);
    await log.flush();
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['desk.1.log', 'desk.2.log', 'desk.log']);
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThanOrEqual(2000);
    expect(readFileSync(join(dir, 'desk.log'), 'utf8')).toContain('line 199 ');
    // rotated files hold the lines just before, in order
    const older = readFileSync(join(dir, 'desk.1.log'), 'utf8').trim().split('\n');
    const newer = readFileSync(join(dir, 'desk.log'), 'utf8').trim().split('\n');
    const n = (l: string | undefined) => Number(/line (\d+)/.exec(l ?? '')?.[1]);
    expect(n(older.at(-1)) + 1).toBe(n(newer[0]));
    expect(log.files().map((f) => basename(f))).toEqual(['desk.log', 'desk.1.log', 'desk.2.log']);
  });

  it('writes level, scope and the error stack, and appends to an existing file after a restart', async () => {
    const first = createRotatingFileLog({ dir });
    first.sink('error', 'outbox', 'revoke failed', new Error('gateway offline'));
    await first.flush();
    const second = createRotatingFileLog({ dir });
    second.sink('warn', 'reader', 'short burst', { digits: 3 });
    await second.flush();
    const text = readFileSync(join(dir, 'desk.log'), 'utf8');
    expect(text).toMatch(/ERROR \[outbox\] revoke failed Error: gateway offline\n\s+at /);
    expect(text).toMatch(/WARN \[reader\] short burst \{"digits":3\}\n$/);
  });
});

describe('log writes off the main path', () => {
  const lines = (): number[] =>
    readdirSync(dir)
      .sort((a, b) => (b === 'desk.log' ? -1 : a === 'desk.log' ? 1 : Number(/\d+/.exec(b)) - Number(/\d+/.exec(a))))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n'))
      .map((l) => Number(/line (\d+)/.exec(l)?.[1]));

  it('a clean quit (flush) loses no line of a burst and keeps their order across rotations', async () => {
    const log = createRotatingFileLog({ dir, maxBytes: 50_000, maxFiles: 100 });
    for (let i = 0; i < 3000; i++) log.sink('info', 'test', `line ${i} ${'x'.repeat(i % 50)}`);
    await log.flush();
    expect(lines()).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(readdirSync(dir).length).toBeGreaterThan(1); // it rotated on the way
  });

  it('an exit that cannot wait (flushSync) still writes every queued line', () => {
    const log = createRotatingFileLog({ dir, maxBytes: 1_000_000 });
    for (let i = 0; i < 500; i++) log.sink('info', 'test', `line ${i}`);
    log.flushSync();
    expect(lines()).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });
});

describe('export diagnostics', () => {
  it('copies the logs and a consistent backup of the live database, and no secrets', async () => {
    const dataDir = join(dir, 'userData');
    const log = createRotatingFileLog({ dir: join(dataDir, 'logs'), maxBytes: 500, maxFiles: 2 });
    for (let i = 0; i < 30; i++) log.sink('info', 'desk', `event ${i}`);
    await log.flush();
    writeFileSync(join(dataDir, 'secrets.json'), '{"version":1,"secrets":{}}');
    const desk = await createDesk({ clock: testClock(TEST_INSTANT), dbFile: join(dataDir, 'desk.sqlite'), timeZone: 'Europe/Paris' });
    try {
      const out = await exportDiagnostics({
        outDir: join(dir, 'export'),
        logFiles: log.files(),
        backupDatabase: (f) => desk.backup(f),
        info: { version: '0.1.0', demo: desk.demo },
        nowMs: Date.UTC(2026, 10, 25, 8, 30),
      });
      expect(basename(out)).toBe('desk-diagnostics-20261125-083000');
      expect(readdirSync(join(out, 'logs')).sort()).toEqual(['desk.1.log', 'desk.log']);
      expect(existsSync(join(out, 'secrets.json'))).toBe(false);
      const info = JSON.parse(readFileSync(join(out, 'info.json'), 'utf8')) as Record<string, unknown>;
      expect(info).toMatchObject({ version: '0.1.0', demo: true, exportedAt: '2026-11-25T08:30:00.000Z' });
      // The backup is a real, complete SQLite database with the desk's tables and data.
      const copy = new Database(join(out, 'desk.sqlite'), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.pragma('user_version', { simple: true })).toBeGreaterThan(0);
        const bookings = copy.prepare('select count(*) as n from bookings').get() as { n: number };
        expect(bookings.n).toBeGreaterThan(0);
      } finally {
        copy.close();
      }
    } finally {
      await desk.close();
    }
  });
});

describe('--self-test', () => {
  it('opens and migrates a fresh database, starts the core, answers desk:status and closes', async () => {
    const report = await runSelfTest({ clock: testClock(TEST_INSTANT), dbFile: join(dir, 'self-test.sqlite'), timeZone: 'Europe/Paris' });
    expect(report.error).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.steps).toContain('desk:status answered');
    const db = new Database(join(dir, 'self-test.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('fails with the reason when the database cannot be opened', async () => {
    const report = await runSelfTest({ clock: testClock(TEST_INSTANT), dbFile: join(dir, 'no-such-folder', 'x', 'desk.sqlite') });
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/directory does not exist|unable to open/i);
  });
});
