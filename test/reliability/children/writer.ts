/**
 * Writes to a desk database as fast as it can for a while: each transaction adds 10 bookings and
 * checkpoints now and then, so a copy taken from outside lands mid-transaction and mid-checkpoint.
 */
import { openDatabase } from '../../../electron/core/db/open';
import { createBookingsRepo } from '../../../electron/core/db/repos/bookings.repo';

const [dbFile, roomArg, msArg] = process.argv.slice(2) as [string, string, string];
const db = openDatabase(dbFile);
const bookings = createBookingsRepo(db, () => Date.UTC(2027, 0, 1));
const roomId = Number(roomArg);
// How long to write is a wait, not a date: measured on the monotonic clock.
const until = performance.now() + Number(msArg);
const batch = db.transaction((n: number) => {
  for (let i = 0; i < 10; i++)
    bookings.add({
      ref: `W-${n}-${i}`,
      source: 'writer',
      guestName: `Writer ${n}/${i}`,
      roomId,
      arrivalMs: Date.UTC(2027, 0, 1) + n * 3_600_000,
      departureMs: Date.UTC(2027, 0, 2) + n * 3_600_000,
    });
});
process.stdout.write('ready\n');
let n = 0;
while (performance.now() < until) {
  batch(n++);
  if (n % 50 === 0) db.pragma('wal_checkpoint(PASSIVE)');
}
db.close();
process.stdout.write(`wrote ${n}\n`);
