import fc from 'fast-check';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionItem } from '../../../shared/domain/attention';
import type { BookingDetail } from '../../../shared/domain/booking';
import type { Desk } from '../../../electron/core/desk';
import { TEST_INSTANT, testClock } from '../../support/time';
import { icsCalendar, startIcsServer, type IcsEvent, type IcsServer } from '../../e2e/ics-server';
import { drainOutbox, openDemoDesk } from '../demo-desk';
import { english } from '../../../shared/messages';

/**
 * Issue 15's proof: random sequences of what clerks and imports do, checked after every step
 * against the simulator's lock-side truth (sim.state.canOpen) at sampled instants:
 *  (a) no guest's credential opens a room outside that guest's stay in it;
 *  (b) at no instant can two guests open the same room (the shared entrance aside);
 *  (c) a departed or cancelled guest opens nothing once revocations settle;
 *  (d) an in-house guest with issued credentials opens their doors.
 * Sources: the clerk, CSV files (hostile ones included) and an iCal feed on room 103 whose events
 * come, move, grow to years, go two years out, get cancelled or vanish; the clerk answers the
 * Needs-attention list. The simulator injects faults (error answers, answers lost after the write).
 * Seeded; MODEL_RUNS / MODEL_SEED (or `npm run test:model -- --runs N --seed S`) for more. The runs
 * go in LANES concurrent lanes (seeds SEED, SEED+1, …): a run mostly waits on loopback HTTP and the
 * outbox, so lanes share the two cores; each lane shrinks and prints its own counterexample.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RUNS = Number(process.env['MODEL_RUNS'] ?? 300);
const LANES = Math.max(1, Math.min(RUNS, Number(process.env['MODEL_LANES'] ?? 4)));
const SEED = Number(process.env['MODEL_SEED'] ?? 15015);
const ROOMS = ['101', '102', '103', '201', '202'] as const;
const CARDS = ['9100000001', '9100000002', '9100000003', '9100000004'];

type Action =
  | { a: 'card'; b: number; card: number }
  | { a: 'code'; b: number }
  | { a: 'stay'; b: number; days: number }
  | { a: 'move'; b: number; room: number }
  | { a: 'lost'; card: number }
  | { a: 'checkout'; b: number }
  | { a: 'cancel'; b: number }
  | { a: 'walkin'; room: number; nights: number }
  | { a: 'csv'; ref: number; room: number; from: number; nights: number; source: number }
  | { a: 'feed'; ev: number; from: number; nights: number; gone: boolean; cancelled: boolean }
  | { a: 'resolve'; confirm: boolean }
  | { a: 'fault'; kind: number }
  | { a: 'time'; hours: number };

/**
 * Simulator faults (its admin/faults): error answers and answers lost after the write was applied
 * (the desk must look on the lock before sending again), each retiring after a few requests.
 */
const FAULTS: Parameters<NonNullable<Desk['simulator']>['faults']['add']>[0][] = [
  { method: 'POST', error: { status: 503, body: 'Service Unavailable' }, times: 2 },
  { method: 'POST', drop: 'destroy', times: 1 },
  { method: 'POST', error: { status: 200, body: { errcode: -3, errmsg: 'System busy' } }, times: 2 },
  { method: 'GET', error: { status: 500, body: 'Internal Server Error' }, rate: 0.5, times: 3 },
];

const b = fc.nat({ max: 9 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ a: fc.constant('card' as const), b, card: fc.nat({ max: CARDS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('code' as const), b }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('stay' as const), b, days: fc.integer({ min: -2, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('move' as const), b, room: fc.nat({ max: ROOMS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('lost' as const), card: fc.nat({ max: CARDS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('checkout' as const), b }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('cancel' as const), b }) },
  {
    weight: 1,
    arbitrary: fc.record({
      a: fc.constant('walkin' as const),
      room: fc.nat({ max: ROOMS.length - 1 }),
      nights: fc.integer({ min: 1, max: 3 }),
    }),
  },
  // CSV rows, hostile ones included: a reserved source, a stay of years, clashing rooms, re-imports that move or extend.
  {
    weight: 2,
    arbitrary: fc.record({
      a: fc.constant('csv' as const),
      ref: fc.nat({ max: 2 }),
      room: fc.nat({ max: ROOMS.length - 1 }),
      from: fc.integer({ min: -1, max: 3 }),
      nights: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(800)),
      source: fc.nat({ max: 2 }),
    }),
  },
  // Feed changes, hostile ones included: an extension to years, dates two years out, a cancellation or
  // a vanished event (of a guest in house too), an event moved onto another stay.
  {
    weight: 3,
    arbitrary: fc.record({
      a: fc.constant('feed' as const),
      ev: fc.nat({ max: 1 }),
      from: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant(800)),
      nights: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(400), fc.constant(30_000)),
      gone: fc.boolean(),
      cancelled: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('resolve' as const), confirm: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ a: fc.constant('fault' as const), kind: fc.nat({ max: FAULTS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ a: fc.constant('time' as const), hours: fc.integer({ min: 1, max: 30 }) }) },
);

const SOURCES = ['Cloudbeds', 'desk', 'feed:1'];
const ZONE = 'Europe/Madrid';

/** One run's world: its desk, clock, and the calendar its feed on room 103 serves. */
interface World {
  desk: Desk;
  clock: ReturnType<typeof testClock>;
  feedId: number;
  events: Map<number, IcsEvent>;
  path: string;
}

let ics: IcsServer;

async function run(world: World, step: Action): Promise<void> {
  const { desk, clock } = world;
  const ids = await bookingIds(desk);
  const id = (i: number): number => ids[i % ids.length]!;
  const now = desk.time.now();
  switch (step.a) {
    case 'card':
      return void (await desk.dispatch('access:issue-card', { bookingId: id(step.b), cardNumber: CARDS[step.card]! }));
    case 'code':
      return void (await desk.dispatch('access:issue-passcode', { bookingId: id(step.b) }));
    case 'stay': {
      const got = await desk.dispatch('booking:get', { bookingId: id(step.b) });
      if (got.ok)
        await desk.dispatch('access:apply-change', {
          bookingId: id(step.b),
          departureMs: (got.value as BookingDetail).departureMs + step.days * DAY,
        });
      return;
    }
    case 'move':
      return void (await desk.dispatch('access:apply-change', { bookingId: id(step.b), roomId: step.room + 1 }));
    case 'lost':
      return void (await desk.dispatch('access:report-lost', { cardNumber: CARDS[step.card]! }));
    case 'checkout':
      return void (await desk.dispatch('access:check-out', { bookingId: id(step.b) }));
    case 'cancel':
      return void (await desk.dispatch('access:cancel', { bookingId: id(step.b) }));
    case 'walkin': {
      const arrivalMs = Math.floor(now / 60_000) * 60_000;
      return void (await desk.dispatch('booking:create', {
        guestName: `Walk ${step.room}${step.nights}`,
        roomId: step.room + 1,
        arrivalMs,
        departureMs: arrivalMs + step.nights * DAY,
      }));
    }
    case 'csv': {
      const day = (d: number): string => new Date(now + d * DAY).toISOString().slice(0, 10);
      const text = `Reference,Guest,Room,Arrival,Departure\nM-${step.ref},Model Guest ${step.ref},${ROOMS[step.room]},${day(step.from)},${day(step.from + step.nights)}\n`;
      return void (await desk.dispatch('import:csv-commit', {
        source: SOURCES[step.source]!,
        fileName: 'm.csv',
        dataBase64: Buffer.from(text).toString('base64'),
      }));
    }
    case 'feed': {
      // Days are counted from TEST_INSTANT's date (ics-server.ts), the desk's start.
      if (step.gone) world.events.delete(step.ev);
      else
        world.events.set(step.ev, {
          uid: `model-${step.ev}@airbnb.com`,
          summary: `Feed Guest ${step.ev}`,
          fromDay: step.from,
          toDay: step.from + step.nights,
          cancelled: step.cancelled,
        });
      ics.routes.set(world.path, icsCalendar([...world.events.values()], ZONE));
      return void (await desk.dispatch('feed:refresh', { feedId: world.feedId }));
    }
    case 'resolve': {
      const r = await desk.dispatch('attention:list', {});
      const held = r.ok ? (r.value as { items: AttentionItem[] }).items.find((i) => i.kind === 'held') : undefined;
      if (held?.kind === 'held') await desk.dispatch('attention:resolve', { heldId: held.id, confirm: step.confirm });
      return;
    }
    case 'fault':
      desk.simulator!.faults.add(FAULTS[step.kind]!);
      return;
    case 'time':
      clock.advance(step.hours * HOUR);
      return;
  }
}

async function bookingIds(desk: Desk): Promise<number[]> {
  const ids: number[] = [];
  for (let id = 1; id < 60; id++) if ((await desk.dispatch('booking:get', { bookingId: id })).ok) ids.push(id);
  return ids;
}

/**
 * The next guests of the two rooms whose guests are in house (103 until 11:00 today, 202 until day
 * 3): without them, an early check-in into an occupied room would rarely come up.
 */
async function prelude(desk: Desk, lane: number): Promise<World['feedId']> {
  const day = (d: number): string => new Date(desk.time.now() + d * DAY).toISOString().slice(0, 10);
  const text = `Reference,Guest,Room,Arrival,Departure\nN-103,Next Guest 103,103,${day(0)},${day(2)}\nN-202,Next Guest 202,202,${day(3)},${day(5)}\n`;
  const r = await desk.dispatch('import:csv-commit', {
    source: 'Prelude',
    fileName: 'next.csv',
    dataBase64: Buffer.from(text).toString('base64'),
  });
  expect(r.ok, 'the prelude imports').toBe(true);
  const feed = await desk.dispatch('feed:add', { roomId: 3, name: 'Model feed', url: `${ics.base}/lane-${lane}.ics`, refreshNow: false });
  expect(feed.ok, 'the feed is added').toBe(true);
  if (!feed.ok) throw new Error(english(feed.msg));
  return (feed.value as { id: number }).id;
}

/** Every invariant at instants from now on (the past cannot be opened). */
async function check(desk: Desk): Promise<void> {
  const sim = desk.simulator!.state;
  const now = desk.time.now();
  const details: BookingDetail[] = [];
  for (const id of await bookingIds(desk)) {
    const r = await desk.dispatch('booking:get', { bookingId: id });
    if (r.ok) details.push(r.value as BookingDetail);
  }
  const secrets = new Set<string>();
  for (const d of details) for (const c of d.credentials) if (c.secret) secrets.add(`${c.kind}:${c.secret}`);
  const doors = new Map<string, number>();
  for (const l of sim.locks.values()) doors.set(l.lockAlias, l.lockId);
  const instants = [now + 60_000, now + 6 * HOUR, now + DAY, now + 2 * DAY + 5 * HOUR, now + 4 * DAY];
  const live = (d: BookingDetail): boolean => d.status === 'booked' || d.status === 'checked_in';
  // An import that landed on another stay waits in Needs attention with no credentials (rule 3):
  // it does not hold the room against the stay it clashes with until a clerk resolves it.
  const listed = await desk.dispatch('attention:list', {});
  const clashing = new Set(
    listed.ok ? (listed.value as { items: AttentionItem[] }).items.flatMap((i) => (i.kind === 'clash' ? [i.booking.id] : [])) : [],
  );
  const holds = (d: BookingDetail): boolean => live(d) && !clashing.has(d.id);
  for (const t of instants) {
    for (const [alias, lockId] of doors) {
      const shared = alias === 'Entrance';
      const openers = new Set<number>();
      for (const s of secrets) {
        const [kind, secret] = s.split(':') as ['card' | 'passcode', string];
        if (!sim.canOpen(lockId, kind === 'card' ? { card: secret } : { passcode: secret }, t)) continue;
        // Whose is it: the booking holding that secret on this door, not yet revoked.
        const owners = details.filter((d) =>
          d.credentials.some(
            (c) =>
              c.kind === kind &&
              c.secret === secret &&
              c.doorName === alias &&
              (c.state === 'issued' || c.state === 'pending' || c.state === 'revoking'),
          ),
        );
        const where = `${kind} ${secret} opens ${alias} at now+${((t - now) / HOUR).toFixed(1)}h`;
        expect(owners.length, `${where} but no live credential of the desk says so (c)`).toBeGreaterThan(0);
        for (const o of owners) {
          expect(live(o), `${where} for ${o.guestName}, whose stay is ${o.status} (c)`).toBe(true);
          expect(t < o.departureMs, `${where}, after ${o.guestName}'s departure (a)`).toBe(true);
          if (!shared) {
            expect(`Room ${o.roomName}`, `${where}, not ${o.guestName}'s room (a)`).toBe(alias);
            // Early or not, never while another guest's stay holds the room (rule 1).
            const holder = details.find(
              (d) => d.id !== o.id && holds(d) && `Room ${d.roomName}` === alias && d.arrivalMs <= t && t < d.departureMs,
            );
            expect(holder?.guestName, `${where} for ${o.guestName}, inside ${holder?.guestName ?? ''}'s stay (a, b)`).toBeUndefined();
          }
          openers.add(o.id);
        }
      }
      if (!shared)
        expect(
          [...openers].length,
          `two guests open ${alias} at now+${((t - now) / HOUR).toFixed(1)}h: ${[...openers].join(', ')} (b)`,
        ).toBeLessThanOrEqual(1);
    }
    // (d): an in-house guest's issued credentials open their doors inside their window.
    for (const d of details) {
      if (d.status !== 'checked_in') continue;
      for (const c of d.credentials) {
        if (c.state !== 'issued' || !c.secret || t < c.startMs || t >= c.endMs) continue;
        const lockId = doors.get(c.doorName)!;
        expect(
          sim.canOpen(lockId, c.kind === 'card' ? { card: c.secret } : { passcode: c.secret }, t),
          `${d.guestName}'s ${c.kind} does not open ${c.doorName} (d)`,
        ).toBe(true);
      }
    }
  }
}

/** The store on a RAM disk where there is one: each run's desk is new, and fsyncs were most of a run's time on a disk. */
const RAM = existsSync('/dev/shm') ? '/dev/shm' : null;

async function oneRun(lane: number, steps: Action[]): Promise<void> {
  const clock = testClock(TEST_INSTANT);
  const dir = RAM ? mkdtempSync(join(RAM, 'desk-model-')) : null;
  const { desk, close } = await openDemoDesk({
    clock,
    feedAllowHosts: ['127.0.0.1'],
    ...(dir ? { dbFile: join(dir, 'desk.sqlite') } : {}),
  });
  const path = `/lane-${lane}.ics`;
  ics.routes.set(path, icsCalendar([], ZONE));
  try {
    const world: World = { desk, clock, feedId: await prelude(desk, lane), events: new Map(), path };
    for (const step of steps) {
      await run(world, step);
      // Faults retire after a few requests: once they have, every operation settles.
      const left = await drainOutbox(desk, 8_000);
      expect(left.queued + left.sending, 'the outbox settles').toBe(0);
      await check(desk);
    }
  } finally {
    await close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

describe('model: the right guest, the right room, the right window, whatever the source', () => {
  beforeAll(async () => {
    ics = await startIcsServer();
  });
  afterAll(async () => {
    await ics.close();
  });

  it(`holds after every step of ${RUNS} random sequences (seed ${SEED}, ${LANES} lanes)`, async () => {
    const started = performance.now();
    const lanes = Array.from({ length: LANES }, (_, lane) => {
      const numRuns = Math.floor(RUNS / LANES) + (lane < RUNS % LANES ? 1 : 0);
      return fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), (steps) => oneRun(lane, steps)),
        { numRuns, seed: SEED + lane, verbose: 1 },
      );
    });
    // Every lane to its end (one failing lane's shrunk counterexample is not cut short by another's).
    const results = await Promise.allSettled(lanes);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
    console.info(`model: ${RUNS} sequences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (failed.length > 0) throw failed[0]!;
  }, 1_200_000);
});
