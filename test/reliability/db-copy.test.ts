import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createRoomsRepo } from '../../electron/core/db/repos/rooms.repo';
import { mulberry32 } from '../../bench/stats';
import { bundle, runChild } from './child-process';

/**
 * "A database copied mid-write, then reopened" (a backup tool or a user copying the data folder
 * while the desk runs): another process commits 10-booking transactions and checkpoints, and the
 * file and its WAL are copied at seeded moments, the WAL a little later than the file (a torn
 * copy). Every copy must reopen through openDatabase (migrations included) with every transaction
 * whole, or be refused with a clear error (SQLite's, or the desk's own check at open); never half
 * a transaction, and never a damaged file opened as if it were fine.
 */
const COPIES = 24;
let dir: string;
let writer: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-copy-'));
  writer = await bundle(join(import.meta.dirname, 'children/writer.ts'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a database copied mid-write', () => {
  it(`reopens ${COPIES} torn copies whole or refuses them clearly`, async () => {
    const file = join(dir, 'live.sqlite');
    const db = openDatabase(file);
    createPropertyRepo(db).save({ name: 'Copy Hotel', timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' });
    const rooms = createRoomsRepo(db);
    const roomId = rooms.addRoom('101', rooms.addDoor(1, 'Room 101', 'room'), []);
    db.close();

    const random = mulberry32(9);
    const copies: string[] = [];
    await runChild(writer, [file, String(roomId), '2500'], {
      onReady: () => {
        for (let i = 0; i < COPIES; i++) {
          setTimeout(
            () => {
              const to = join(dir, `copy-${i}.sqlite`);
              copyFileSync(file, to);
              // The WAL is copied a moment later than the main file: a torn copy, as a file manager makes.
              const wal = `${file}-wal`;
              setTimeout(() => {
                if (existsSync(wal)) copyFileSync(wal, `${to}-wal`);
              }, random() * 15);
              copies.push(to);
            },
            50 + random() * 2_300,
          );
        }
      },
    });
    await new Promise((res) => setTimeout(res, 100));

    const tally = { whole: 0, refused: 0, corruptFound: 0, bookingsSeen: 0 };
    for (const c of copies) {
      let copy;
      try {
        copy = openDatabase(c);
      } catch (e) {
        tally.refused++;
        // Refused with SQLite's own reason, or by the desk's check at open (a torn page).
        expect((e as { code?: string }).code ?? '', `${c} refused with a clear reason`).toMatch(/^(SQLITE_|DESK_DB_DAMAGED$)/);
        continue;
      }
      try {
        const check = copy.pragma('integrity_check', { simple: true }) as string;
        // Opened, but torn inside a page: openDatabase's check should have refused it (asserted below).
        if (check !== 'ok') {
          tally.corruptFound++;
          continue;
        }
        const n = copy.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM bookings WHERE source = 'writer'`).get()!.n;
        expect(n % 10, `${c}: only whole 10-booking transactions`).toBe(0);
        tally.whole++;
        tally.bookingsSeen += n;
      } finally {
        copy.close();
      }
    }
    console.log(
      `[reliability] torn copies: ${copies.length} taken, reopened whole ${tally.whole}, refused at open ${tally.refused}, opened but integrity_check failed ${tally.corruptFound}, bookings seen ${tally.bookingsSeen}`,
    );
    expect(copies).toHaveLength(COPIES);
    expect(tally.whole + tally.refused + tally.corruptFound).toBe(COPIES);
    expect(tally.bookingsSeen).toBeGreaterThan(0);
    expect(tally.corruptFound, 'no damaged copy gets past openDatabase').toBe(0);
  });
});
