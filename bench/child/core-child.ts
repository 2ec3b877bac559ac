/**
 * A fresh process for the cold-start and memory benchmarks, so neither inherits warm caches or the
 * parent's heap. `cold <db>`: open + migrate + today's lists, timed. `memory <db>`: the whole desk
 * core (createDesk, demo simulator included) on that database, a day's reads, then its RSS.
 */
import { localDayBounds } from '../../shared/time/zoned';
import { closeDatabase, openDatabase } from '../../electron/core/db/open';
import { createBookingsRepo } from '../../electron/core/db/repos/bookings.repo';
import { createPropertyRepo } from '../../electron/core/db/repos/property.repo';
import { createDesk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { testClock } from '../../electron/preview/test-clock';

setLogLevel('error');
const [mode, dbFile, nowArg] = process.argv.slice(2) as [string, string, string];
const nowMs = Number(nowArg);

if (mode === 'cold') {
  const t0 = performance.now();
  const db = openDatabase(dbFile);
  const property = createPropertyRepo(db).get()!;
  const today = createBookingsRepo(db, () => nowMs).today(localDayBounds(nowMs, property.timeZone));
  const t1 = performance.now();
  const size = Object.values(today).reduce((n, xs) => n + (Array.isArray(xs) ? xs.length : 0), 0);
  closeDatabase(db);
  process.stdout.write(`${JSON.stringify({ ms: t1 - t0, today: size })}\n`);
} else {
  const t0 = performance.now();
  const desk = await createDesk({ dbFile, clock: testClock(nowMs) });
  const startMs = performance.now() - t0;
  const r = await desk.dispatch('booking:today', {});
  if (!r.ok) throw new Error(JSON.stringify(r));
  for (const q of ['gar', 'mül', 'nov', 'smith', 'a', '1', '2', 'HM', '40000']) await desk.dispatch('booking:search', { query: q });
  await new Promise((res) => setTimeout(res, 200));
  const rss = process.memoryUsage().rss;
  await desk.close();
  process.stdout.write(`${JSON.stringify({ rssMb: rss / 2 ** 20, startMs })}\n`);
}
