import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDiagnostics } from '../../electron/core/logging/diagnostics';
import { createRotatingFileLog } from '../../electron/core/logging/rotating-file-sink';
import { accessLevelOf } from '../../electron/core/staff/policy';
import { openDemoDesk } from './demo-desk';
import { TEST_INSTANT_MS } from '../support/time';
import { english } from '../../shared/messages';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-diag-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every byte of every file in the export, recursively. */
function everyFile(root: string): Buffer[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name)));
}

/**
 * A desk with every kind of secret in it (a door code, a card number, a manager's PIN hash and
 * salt, a feed URL with a token, a guest's name and contact), some of them in the logs too; then
 * the export is searched, byte for byte, for each.
 */
async function seededExport(guestNames: boolean, via: 'channel' | 'function' = 'channel') {
  const dbFile = join(dir, 'desk.sqlite');
  const log = createRotatingFileLog({ dir: join(dir, 'logs'), maxBytes: 100_000, maxFiles: 2 });
  const { desk, close } = await openDemoDesk({ dbFile, diagnostics: { logFiles: () => log.files() } });
  try {
    await desk.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    const today = await desk.handlers['booking:today']({});
    const [a, b] = today.arrivals;
    const passcode = '7391546';
    const card = '3661413478';
    await desk.handlers['access:issue-passcode']({ bookingId: a!.id, digits: passcode });
    await desk.handlers['access:issue-card']({ bookingId: b!.id, cardNumber: card });
    const feedUrl = 'http://127.0.0.1:9/calendar.ics?token=s3cr3tFeedT0ken';
    await desk.handlers['feed:add']({ roomId: a!.roomId, name: 'Airbnb', url: feedUrl, refreshNow: false });
    const live = new Database(dbFile, { readonly: true });
    const staff = live.prepare(`SELECT pin_hash, pin_salt FROM staff`).get() as { pin_hash: Buffer; pin_salt: Buffer };
    const guest = live.prepare(`SELECT guest_name FROM bookings WHERE id = ?`).pluck().get(a!.id) as string;
    live.close();
    log.sink('info', 'access', `issued ${passcode} to ${guest}`);
    log.sink('warn', 'reader', `refused card 9988776655 (not a booking's) after ${card}`);
    await log.flush();
    // The manager's screen calls the channel (over the same dispatch the renderer uses); the function is what it runs.
    let out: string;
    if (via === 'channel') {
      const r = await desk.dispatch('setup:export-diagnostics', { guestNames });
      if (!r.ok) throw new Error(english(r.msg));
      out = (r.value as { folder: string }).folder;
      expect(dirname(out)).toBe(join(dir, 'exports')); // the data folder's exports, where the screen says
    } else
      out = await exportDiagnostics({
        outDir: join(dir, 'export'),
        logFiles: log.files(),
        backupDatabase: (f) => desk.backup(f),
        info: { demo: true },
        nowMs: TEST_INSTANT_MS,
        guestNames,
      });
    return {
      out,
      files: everyFile(out),
      secrets: { passcode, card, unstoredCard: '9988776655', feedToken: 's3cr3tFeedT0ken', feedUrl },
      hash: staff.pin_hash,
      salt: staff.pin_salt,
      guest,
    };
  } finally {
    await close();
  }
}

const contains = (files: Buffer[], needle: Buffer | string): boolean => files.some((f) => f.includes(needle));

describe('the diagnostics export', () => {
  it.each(['channel', 'function'] as const)(
    'carries no door code, card number, PIN hash or salt, feed token or guest name, anywhere in any file (%s)',
    async (via) => {
      const e = await seededExport(false, via);
      // The seeds really were there to find: the live database had each of them.
      expect(e.hash.length).toBeGreaterThanOrEqual(32);
      for (const [what, value] of Object.entries(e.secrets)) expect(contains(e.files, value), what).toBe(false);
      expect(contains(e.files, e.hash), 'PIN hash').toBe(false);
      expect(contains(e.files, e.hash.toString('hex')), 'PIN hash (hex)').toBe(false);
      expect(contains(e.files, e.salt), 'PIN salt').toBe(false);
      expect(contains(e.files, e.guest), 'guest name').toBe(false);
      // Still useful to support: a sound database with the bookings, credentials and their states.
      const copy = new Database(join(e.out, 'desk.sqlite'), { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare(`SELECT count(*) FROM credentials WHERE kind IN ('card', 'passcode')`).pluck().get()).toBeGreaterThanOrEqual(2);
        expect(copy.prepare(`SELECT count(*) FROM staff WHERE name = 'Marta' AND role = 'manager'`).pluck().get()).toBe(1);
      } finally {
        copy.close();
      }
      expect(readdirSync(e.out).sort()).toEqual(['desk.sqlite', 'info.json', 'logs']);
    },
  );

  it('is a manager-only channel', () => {
    expect(accessLevelOf('setup:export-diagnostics')).toBe('manager');
  });

  it('keeps guest names when the manager asks for them, and still no codes, cards or PINs', async () => {
    const e = await seededExport(true);
    expect(contains(e.files, e.guest)).toBe(true);
    for (const [what, value] of Object.entries(e.secrets)) expect(contains(e.files, value), what).toBe(false);
    expect(contains(e.files, e.hash)).toBe(false);
  });
});
