import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBookingsCsv } from '../../electron/core/bookings/csv';
import { parseIcsFeed } from '../../electron/core/bookings/ical';
import { ImportError } from '../../electron/core/bookings/import-error';
import { createDesk, type Desk } from '../../electron/core/desk';
import { signInManager } from '../support/desk-manager';
import { openDatabase } from '../../electron/core/db/open';
import { setLogLevel } from '../../electron/core/log';
import { seedProperty, type SeededProperty } from '../../bench/property';
import { damage, seeded } from './fuzz-values';
import { TEST_INSTANT, testClock } from '../support/time';
import { english } from '../../shared/messages';

setLogLevel('error');

/**
 * Every importer fed seeded damage of the real fixtures (flipped bytes, cut files, garbage,
 * duplicated slices): the parsers answer with rows and per-row errors or refuse with an
 * ImportError (the clear error the clerk sees), never anything else; and a commit through IPC is
 * whole or nothing: the bookings table changes only when the answer says it did.
 */
const SEED = 77;
const ROUNDS = 400;
const fixtures = join(import.meta.dirname, '../fixtures/bookings');
const files = readdirSync(fixtures);
// The hand-made files and one per export preset (Booking.com, Airbnb, Cloudbeds…).
const presets = join(fixtures, 'presets');
const csvs = [
  ...files.filter((f) => f.endsWith('.csv')).map((f) => readFileSync(join(fixtures, f))),
  ...readdirSync(presets).map((f) => readFileSync(join(presets, f))),
];
const icss = files.filter((f) => f.endsWith('.ics')).map((f) => readFileSync(join(fixtures, f)));
const ctx = { timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' };

const classify = (f: () => unknown): 'ok' | 'refused' => {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof ImportError) return 'refused';
    throw e;
  }
};

let p: SeededProperty;
let desk: Desk;
beforeAll(async () => {
  p = await seedProperty({ twoDoorRooms: 4 }, { clock: testClock(TEST_INSTANT) });
  desk = await createDesk({ clock: p.clock, dbFile: p.dbFile, sifely: { ...p.sifely, rateLimit: { perMinute: 0 } } });
  await signInManager(desk); // a real-account desk is closed until its first manager exists
});
afterAll(async () => {
  await desk?.close();
  await p?.close();
});

describe('importer fuzzer', () => {
  it(`parses ${ROUNDS} damaged CSV and ${ROUNDS} damaged ICS files without an unexplained failure`, () => {
    const r = seeded(SEED);
    const rooms = new Map([
      ['101', 1],
      ['102', 2],
      ['201', 3],
    ]);
    const roomTypes = new Map([
      ['double room', [1, 2]],
      ['suite', [3]],
      ['empty', []],
    ]);
    const tally = { csvOk: 0, csvRefused: 0, icsOk: 0, icsRefused: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const c = classify(() =>
        parseBookingsCsv(damage(r, csvs[i % csvs.length]!), {
          roomsByName: rooms,
          roomTypes,
          assignRoom: (_ref, ids) => ({ roomId: ids[0]!, free: true }),
          ...ctx,
        }),
      );
      tally[c === 'ok' ? 'csvOk' : 'csvRefused']++;
      const text = Buffer.from(damage(r, icss[i % icss.length]!)).toString('utf8');
      const k = classify(() => parseIcsFeed(text, ctx));
      tally[k === 'ok' ? 'icsOk' : 'icsRefused']++;
    }
    console.log(
      `[reliability] importer fuzz: CSV parsed ${tally.csvOk} / refused ${tally.csvRefused}; ICS parsed ${tally.icsOk} / refused ${tally.icsRefused}`,
    );
    expect(tally.csvOk + tally.csvRefused).toBe(ROUNDS);
  });

  it('commits a CSV (every 6th undamaged) whole or not at all', async () => {
    const r = seeded(SEED + 1);
    const db = openDatabase(p.dbFile);
    const count = (): number => db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM bookings').get()!.n;
    let committed = 0;
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      const before = count();
      const dataBase64 = Buffer.from(i % 6 === 0 ? csvs[i % csvs.length]! : damage(r, csvs[i % csvs.length]!)).toString('base64');
      // Every third file: the manager leaves out the rows the preview flagged (the rest still all or nothing).
      let leaveOut: number[] | undefined;
      if (i % 3 === 1) {
        const preview = await desk.dispatch('import:csv-preview', { source: `fuzz-${i}`, dataBase64 });
        if (preview.ok) leaveOut = (preview.value as { errorLines: number[] }).errorLines;
      }
      const res = await desk.dispatch('import:csv-commit', { source: `fuzz-${i}`, dataBase64, ...(leaveOut ? { leaveOut } : {}) });
      if (res.ok) {
        committed++;
        const counts = (res.value as { counts: { create: number } }).counts;
        expect(count() - before, 'rows added = rows reported created').toBe(counts.create);
      } else {
        refused++;
        expect(res.code, `file ${i}: ${english(res.msg)}`).not.toBe('internal');
        expect(count(), 'a refused file changes nothing').toBe(before);
      }
    }
    db.close();
    console.log(`[reliability] CSV commit fuzz: committed ${committed}, refused whole ${refused}`);
  });
});
