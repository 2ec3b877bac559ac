/**
 * Benchmarks under the cloud's real rate limit: the desk talks to a simulator through its default
 * client limiter (30 requests/minute, burst 8, 2 tokens kept for the clerk, §8), in real time.
 *
 * Rush hour (docs/product.md "Rush hour": 20 check-ins, card + code on 2 doors, in 10 minutes): by default a scaled
 * slice at the same density, RUSH_CHECKINS=8 arrivals every 30 s (4 minutes), while in-house guests
 * check out between arrivals and the nightly lock reconciliation lists every lock at background priority from the
 * start (a sweep of 2 lists per door of a 30-room property: more background work than the budget
 * holds for the first minutes). RUSH_CHECKINS=20 runs the full 10 minutes.
 *
 * Time to revoke: from check-out until every credential of the stay is deleted AND verified absent
 * on the lock's own list, with the gateway online (the rush hour's check-outs) and after an outage
 * of the guests' gateways ends (check-outs during the outage).
 * Run alone: npx tsx bench/rush-hour.bench.ts
 */
import type { Desk } from '../electron/core/desk';
import { setLogLevel } from '../electron/core/log';
import { cardFor, openBenchDesk, seedProperty, type SeededProperty } from './property';
import { ms, summarize, type SummaryRow } from './stats';

const sleep = (t: number): Promise<void> => new Promise((r) => setTimeout(r, t));

interface Detail {
  credentials: { state: string; doorId: number }[];
}

async function detail(desk: Desk, bookingId: number): Promise<Detail> {
  const r = await desk.dispatch('booking:get', { bookingId });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.value as Detail;
}

/** Resolves with the ms from `t0` until every credential of the booking is revoked (verified), or NaN at the deadline. */
async function revokedAfter(desk: Desk, bookingId: number, t0: number, deadlineMs: number): Promise<number> {
  while (performance.now() - t0 < deadlineMs) {
    const d = await detail(desk, bookingId);
    if (d.credentials.length > 0 && d.credentials.every((c) => c.state === 'revoked')) return performance.now() - t0;
    await sleep(100);
  }
  return NaN;
}

/** Issues card + code to in-house guests without the limiter, so the measured desk starts with work on the locks. */
async function preIssue(p: SeededProperty, bookingIds: number[]): Promise<void> {
  const desk = await openBenchDesk({ clock: p.clock, dbFile: p.dbFile, sifely: { ...p.sifely, rateLimit: { perMinute: 0 } } });
  for (const [i, id] of bookingIds.entries()) {
    await desk.dispatch('access:issue-card', { bookingId: id, cardNumber: cardFor(50_000 + i) });
    await desk.dispatch('access:issue-passcode', { bookingId: id });
  }
  await desk.close();
}

export async function runRushHourBench(checkins = Number(process.env['RUSH_CHECKINS'] ?? 8), everyMs = 30_000): Promise<SummaryRow[]> {
  setLogLevel('error');
  const p = await seedProperty({ twoDoorRooms: 30, inHouse: 30 - checkins });
  const arrivals = p.rooms.filter((r) => !r.inHouse).slice(0, checkins);
  const leaving = p.rooms.filter((r) => r.inHouse).slice(0, checkins);
  await preIssue(
    p,
    leaving.map((r) => r.bookingId),
  );
  const desk = await openBenchDesk({ clock: p.clock, dbFile: p.dbFile, sifely: p.sifely });
  const waits = { card: [] as number[], code: [] as number[], checkout: [] as number[] };
  const revoke: Promise<number>[] = [];
  const t00 = performance.now();
  const audit = desk.dispatch('access:reconcile', {});
  const clerk = async (
    what: keyof typeof waits,
    channel: 'access:issue-card' | 'access:issue-passcode' | 'access:check-out',
    payload: Record<string, unknown>,
  ): Promise<void> => {
    const t0 = performance.now();
    const r = await desk.dispatch(channel, payload);
    waits[what].push(performance.now() - t0);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r)}`);
  };
  for (let i = 0; i < checkins; i++) {
    await sleep(Math.max(0, t00 + i * everyMs - performance.now()));
    const a = arrivals[i]!;
    await clerk('card', 'access:issue-card', { bookingId: a.bookingId, cardNumber: cardFor(i) });
    await clerk('code', 'access:issue-passcode', { bookingId: a.bookingId });
    await sleep(Math.max(0, t00 + i * everyMs + everyMs / 2 - performance.now()));
    const l = leaving[i]!;
    const t0 = performance.now();
    await clerk('checkout', 'access:check-out', { bookingId: l.bookingId });
    revoke.push(revokedAfter(desk, l.bookingId, t0, 180_000));
  }
  const revokeMs = await Promise.all(revoke);
  const auditResult = await audit;
  // All complete: every arrival's card and code are issued on both doors.
  let complete = 0;
  for (const a of arrivals) {
    const d = await detail(desk, a.bookingId);
    if (d.credentials.length === 4 && d.credentials.every((c) => c.state === 'issued')) complete++;
  }
  const minutes = (performance.now() - t00) / 60_000;
  await desk.close();
  await p.close();
  const all = [...waits.card, ...waits.code];
  const w = summarize(all);
  const c = summarize(waits.checkout);
  const rv = summarize(revokeMs.filter((x) => !Number.isNaN(x)));
  const lostRevokes = revokeMs.filter((x) => Number.isNaN(x)).length;
  return [
    {
      what: `Rush hour (scaled): ${checkins} check-ins, card + code on 2 doors, every ${everyMs / 1000} s, real 30/min limiter, lock reconciliation + check-outs in the background`,
      target: 'all complete; p95 clerk wait < 3 s beyond API latency',
      median: ms(w.median),
      p95: ms(w.p95),
      pass: complete === checkins && w.p95 < 3_000,
      note: `${complete}/${checkins} complete in ${minutes.toFixed(1)} min; clerk waits for card and code (n=${w.n}, API latency 0, max ${ms(w.max)}); check-out wait median ${ms(c.median)}, p95 ${ms(c.p95)}; reconciliation ${auditResult.ok ? 'finished' : 'failed'}`,
    },
    {
      what: 'Time to revoke after checkout, gateway online (during the rush hour)',
      target: 'p95 < 10 s',
      median: ms(rv.median),
      p95: ms(rv.p95),
      pass: lostRevokes === 0 && rv.p95 < 10_000,
      note: `check-out → deleted and verified absent on both doors, n=${rv.n}${lostRevokes ? `, ${lostRevokes} not revoked within 3 min` : ''}`,
    },
  ];
}

export async function runOutageRevokeBench(guests = 6, outageMs = 45_000): Promise<SummaryRow[]> {
  setLogLevel('error');
  const p = await seedProperty({ twoDoorRooms: guests, inHouse: guests });
  await preIssue(
    p,
    p.rooms.map((r) => r.bookingId),
  );
  const desk = await openBenchDesk({ clock: p.clock, dbFile: p.dbFile, sifely: p.sifely });
  const gateways = new Set(p.rooms.flatMap((r) => r.lockIds.flatMap((l) => p.sim.state.gatewaysOf(l).map((g) => g.gatewayId))));
  const start = Date.now();
  for (const g of gateways) p.sim.state.scheduleGatewayOffline(g, start, start + outageMs);
  // Guests leave during the outage: every delete fails with "gateway offline" and backs off.
  for (const r of p.rooms) {
    await desk.dispatch('access:check-out', { bookingId: r.bookingId });
    await sleep(outageMs / (2 * guests));
  }
  await sleep(Math.max(0, start + outageMs - Date.now()));
  const t0 = performance.now();
  const after = await Promise.all(p.rooms.map((r) => revokedAfter(desk, r.bookingId, t0, 240_000)));
  await desk.close();
  await p.close();
  const s = summarize(after.filter((x) => !Number.isNaN(x)));
  const lost = after.filter((x) => Number.isNaN(x)).length;
  return [
    {
      what: `Time to revoke after a gateway outage ends (${outageMs / 1000} s outage, ${guests} check-outs during it)`,
      target: 'p95 < 60 s',
      median: ms(s.median),
      p95: ms(s.p95),
      pass: lost === 0 && s.p95 < 60_000,
      note: `outage end → verified absent on both doors, default back-off (2 s doubling, jitter, cap 5 min), real limiter, n=${s.n}${lost ? `, ${lost} not revoked in 4 min` : ''}`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdownTable } = await import('./stats');
  const which = process.argv[2] ?? 'both';
  const rows = [...(which !== 'outage' ? await runRushHourBench() : []), ...(which !== 'rush' ? await runOutageRevokeBench() : [])];
  console.log(markdownTable(rows));
}
