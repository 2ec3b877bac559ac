/**
 * Issue 18's measure: 200 arrivals' automatic codes issued and e-mailed within the Sifely rate
 * budget, with the clerk's p95 wait unchanged. The desk runs with its real limiter (25/min, burst 5,
 * automatic codes at background priority) against the simulator refusing anything over 30/min, a
 * real SMTP server on 127.0.0.1 (smtp-server, each message parsed with mailparser), on the virtual
 * clock (bench/virtual-clock.ts): waits cost no real time, every request and line of desk code does.
 *
 * The property is bench/arrivals-property.ts (260 rooms, room lock + floor door each). The day D,
 * in property time: the 200 arrivals of D+2 (120 from feeds at 15:00, 80 from a CSV at 15:00–23:00,
 * each with an e-mail) have their codes fall due 48 h ahead, so between 15:00 and 23:00, the feeds'
 * 120 at once; meanwhile one clerk checks in 60 walk-up guests (card, then passcode, both doors):
 * 10 at 14:00–15:00, 40 at 15:00–17:00, 10 at 17:00–18:00. The same day runs twice, on a fresh
 * property each time: without automatic codes (every policy off) and with them (feeds and CSV on at
 * 48 h), so the clerk's waits compare under the same load.
 *
 * Each message is checked when its DATA begins: the code it carries must already be on both of the
 * room's locks in the simulator (the lock's own copy, not only the cloud's list).
 * Run alone: npx tsx bench/arrivals-delivery.bench.ts
 */
import type { Desk } from '../electron/core/desk';
import { setLogLevel } from '../electron/core/log';
import { signInIfLocked } from './clerk-sign-in';
import { codesOnLocks, startWatchedSmtp, useWatchedSmtp, type Mail } from './guest-delivery';
import { seedArrivals, type ArrivalRoom, type ArrivalsProperty } from './arrivals-property';
import { cardFor, openBenchDesk } from './property';
import { markdownTable, ms, percentile, summarize, type SummaryRow } from './stats';
import { createVirtualClock, type VirtualClock } from './virtual-clock';

/** The day the codes fall due (outside any DST change, so every hour is a real hour). */
const DAY = '2026-06-10';
const HOURS_BEFORE = 48;
/** The cloud's documented limit (§8) and the desk's own limiter rate. */
const CLOUD_PER_MINUTE = 30;
const DESK_PER_MINUTE = 25;

interface Sent {
  path: string;
  sentAt: number;
  answeredAt: number;
  status: number;
  lockId: number | null;
  digits: string | null;
  /** The cloud accepted it (no errcode). */
  ok: boolean;
  clerkWaiting: boolean;
}

interface CheckIn {
  startedAt: number;
  cardMs: number;
  codeMs: number;
  ok: boolean;
}

interface DayRun {
  auto: boolean;
  prop: ArrivalsProperty;
  wire: Sent[];
  mails: Mail[];
  checkIns: CheckIn[];
  /** Auto-issued bookings whose codes are issued on both doors at the end. */
  codesIssued: number;
  /** Bookings with a code message recorded as sent by the delivery outbox. */
  recordedSent: number;
  failures: string[];
  realSeconds: number;
}

/** Every request the desk sends, as the cloud sees it. */
function watchWire(clock: VirtualClock, clerkWaiting: () => boolean): { sent: Sent[]; fetch: typeof clock.fetch } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: async (input, init) => {
      const sentAt = clock.wall();
      const waiting = clerkWaiting();
      const res = await clock.fetch(input, init);
      const url = new URL(input);
      const lockId = Number(url.searchParams.get('lockId') ?? NaN);
      let ok: boolean;
      try {
        const body = (await res.clone().json()) as { errcode?: number };
        ok = res.status === 200 && (body.errcode === undefined || body.errcode === 0);
      } catch {
        ok = false;
      }
      sent.push({
        path: url.pathname,
        sentAt,
        answeredAt: clock.wall(),
        status: res.status,
        lockId: Number.isFinite(lockId) ? lockId : null,
        digits: url.searchParams.get('keyboardPwd'),
        ok,
        clerkWaiting: waiting,
      });
      return res;
    },
  };
}

async function bookingOk(desk: Desk, bookingId: number): Promise<{ codes: number; issued: number }> {
  const r = await desk.dispatch('booking:get', { bookingId });
  if (!r.ok) return { codes: 0, issued: 0 };
  const codes = (r.value as { credentials: { kind: string; state: string }[] }).credentials.filter((c) => c.kind === 'passcode');
  return { codes: codes.length, issued: codes.filter((c) => c.state === 'issued').length };
}

async function runDay(auto: boolean): Promise<DayRun> {
  const realStart = performance.now();
  // Madrid is UTC+2 in June: start at 23:00 the evening before, open the desk at midnight.
  const clock = createVirtualClock(Date.parse(`${DAY}T00:00:00Z`) - 3 * 3_600_000);
  const prop = await seedArrivals(clock, DAY);
  prop.sim.state.settings.rateLimitPerMinute = CLOUD_PER_MINUTE;
  const byEmail = new Map(prop.rooms.filter((r) => r.email).map((r) => [r.email!, r]));
  // A room's lock holds only its guest's code; the floor door holds the floor's guests' codes.
  const onLocks = codesOnLocks(prop.sim);
  const smtp = await startWatchedSmtp(clock, (to) => onLocks(byEmail.get(to)?.lockIds ?? [-1, -1]));
  await clock.sleep(prop.at(0, '00:00') - clock.wall());

  let clerkWaiting = false;
  const wire = watchWire(clock, () => clerkWaiting);
  const desk = await openBenchDesk({ clock, dbFile: prop.dbFile, sifely: prop.sifely, fetch: wire.fetch });
  const failures: string[] = [];
  const policy = { auto, hoursBefore: HOURS_BEFORE };
  await useWatchedSmtp(desk, smtp, { feeds: policy, csv: policy });

  // ---- the clerk: 60 walk-ups, card then passcode, one after the other
  const spread = (n: number, from: string, to: string): number[] => {
    const a = prop.at(0, from);
    const b = prop.at(0, to);
    return Array.from({ length: n }, (_, i) => a + Math.floor(((i + 0.5) * (b - a)) / n));
  };
  const times = [...spread(10, '14:00', '15:00'), ...spread(40, '15:00', '17:00'), ...spread(10, '17:00', '18:00')];
  const walkUps = prop.rooms.filter((r) => r.kind === 'walk-up');
  const checkIns: CheckIn[] = [];
  const timed = async (channel: string, payload: Record<string, unknown>): Promise<{ ms: number; ok: boolean }> => {
    await signInIfLocked(desk, clock);
    const t0 = clock.monotonic();
    clerkWaiting = true;
    const r = await desk.dispatch(channel, payload);
    clerkWaiting = false;
    if (!r.ok) failures.push(`${channel} ${JSON.stringify(payload)}: ${JSON.stringify(r)}`.slice(0, 300));
    return { ms: clock.monotonic() - t0, ok: r.ok };
  };
  const clerk = (async () => {
    for (const [i, at] of times.entries()) {
      if (clock.wall() < at) await clock.sleep(at - clock.wall());
      const room = walkUps[i]!;
      const startedAt = clock.wall();
      const card = await timed('access:issue-card', { bookingId: room.bookingId, cardNumber: cardFor(i) });
      const code = await timed('access:issue-passcode', { bookingId: room.bookingId });
      checkIns.push({ startedAt, cardMs: card.ms, codeMs: code.ms, ok: card.ok && code.ok });
    }
  })();
  await clerk;
  await clock.sleep(prop.at(1, '00:00') - clock.wall());

  // ---- then let the day's work finish (bounded: 3 hours)
  const autoRooms = prop.rooms.filter((r) => r.kind !== 'walk-up');
  const drainFrom = clock.wall();
  for (;;) {
    const o = await desk.dispatch('outbox:status', {});
    const left = o.ok ? (o.value as { queued: number; sending: number }).queued + (o.value as { sending: number }).sending : -1;
    const mailed = new Set(smtp.mails.map((m) => m.to)).size;
    if ((left === 0 && (!auto || mailed >= autoRooms.length)) || clock.wall() - drainFrom > 3 * 3_600_000) break;
    await clock.sleep(30_000);
  }
  await clock.sleep(60_000);

  // The manager's session has long locked by now: the final reading signs in again.
  await signInIfLocked(desk, clock);
  let codesIssued = 0;
  let recordedSent = 0;
  for (const r of autoRooms) {
    const c = await bookingOk(desk, r.bookingId);
    if (c.codes === 2 && c.issued === 2) codesIssued++;
    const d = await desk.dispatch('delivery:state', { bookingId: r.bookingId });
    if (d.ok && (d.value as { messages: { kind: string; state: string }[] }).messages.some((m) => m.kind === 'code' && m.state === 'sent'))
      recordedSent++;
  }
  await desk.close();
  await smtp.close();
  clock.stop();
  return {
    auto,
    prop,
    wire: wire.sent,
    mails: smtp.mails,
    checkIns,
    codesIssued,
    recordedSent,
    failures,
    realSeconds: (performance.now() - realStart) / 1000,
  };
}

/** The most requests sent in any 60 s. */
function worstMinute(sent: readonly Sent[]): number {
  const t = sent.map((s) => s.sentAt).sort((a, b) => a - b);
  let worst = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= 60_000) j++;
    worst = Math.max(worst, i - j + 1);
  }
  return worst;
}

/** When the last of the room's doors answered its code's add: the moment the locks confirmed the code. */
function confirmedAt(run: DayRun, room: ArrivalRoom, codes: readonly string[]): number {
  const at = room.lockIds.map((l, i) =>
    Math.min(
      ...run.wire
        .filter((s) => s.ok && s.path.endsWith('/keyboardPwd/add') && s.lockId === l && s.digits === codes[i])
        .map((s) => s.answeredAt),
    ),
  );
  return Math.max(...at);
}

export interface ArrivalsResult {
  rows: SummaryRow[];
  table: string;
  budget: string;
}

export async function runArrivalsDeliveryBench(): Promise<ArrivalsResult> {
  setLogLevel('error');
  const without = await runDay(false);
  await without.prop.close();
  const withAuto = await runDay(true);
  await withAuto.prop.close();
  const autoRooms = withAuto.prop.rooms.filter((r) => r.kind !== 'walk-up');
  const at = withAuto.prop.at;

  // ---- the guests' messages
  // No stay is cancelled or changed in this day: every message is a code message.
  const codeMails = withAuto.mails;
  const firstMail = new Map<string, Mail>();
  for (const m of codeMails) if (!firstMail.has(m.to)) firstMail.set(m.to, m);
  const duplicates = codeMails.length - firstMail.size;
  const beforeLock = codeMails.filter((m) => m.codes.some((c) => c === null)).length;
  const lead: number[] = [];
  const dueToSent: number[] = [];
  const lockToSmtp: number[] = [];
  for (const r of autoRooms) {
    const m = firstMail.get(r.email!);
    if (!m) continue;
    lead.push(r.arrivalMs - m.at);
    dueToSent.push(m.at - (r.arrivalMs - HOURS_BEFORE * 3_600_000));
    const codes = m.codes.flatMap((c) => (c === null ? [] : [c]));
    if (codes.length === r.lockIds.length) lockToSmtp.push(m.at - confirmedAt(withAuto, r, codes));
  }
  const leadSorted = [...lead].sort((a, b) => a - b);
  const lead5 = percentile(leadSorted, 5); // 95 % of guests had their code at least this long before arrival
  const due = summarize(dueToSent);
  const l2s = summarize(lockToSmtp);
  const lastMailAt = Math.max(...[...firstMail.values()].map((m) => m.at));

  // ---- the budget
  const dayStart = at(0, '00:00');
  const perHour = (run: DayRun): number[] =>
    Array.from({ length: 27 }, (_, h) => run.wire.filter((s) => Math.floor((s.sentAt - dayStart) / 3_600_000) === h).length);
  const hoursWith = perHour(withAuto);
  const hoursWithout = perHour(without);
  const refusals = (run: DayRun): number => run.wire.filter((s) => s.status === 429).length;
  const extra = withAuto.wire.length - without.wire.length;
  const autoAdds =
    withAuto.wire.filter((s) => s.path.endsWith('/keyboardPwd/add') && !s.clerkWaiting).length -
    without.wire.filter((s) => s.path.endsWith('/keyboardPwd/add') && !s.clerkWaiting).length;
  const peakHour = hoursWith.indexOf(Math.max(...hoursWith));

  // ---- the clerk
  const clerk = (run: DayRun, from = '00:00', to = '24:00') => {
    const c = run.checkIns.filter((x) => x.startedAt >= at(0, from) && (to === '24:00' ? true : x.startedAt < at(0, to)));
    return {
      actions: summarize(c.flatMap((x) => [x.cardMs, x.codeMs])),
      whole: summarize(c.map((x) => x.cardMs + x.codeMs)),
      ok: c.filter((x) => x.ok).length,
      n: c.length,
    };
  };
  const cw = clerk(withAuto);
  const co = clerk(without);
  const bw = clerk(withAuto, '15:00', '16:00');
  const bo = clerk(without, '15:00', '16:00');
  const perCheckinWith = withAuto.wire.filter((s) => s.clerkWaiting).length / Math.max(1, cw.ok);
  const perCheckinWithout = without.wire.filter((s) => s.clerkWaiting).length / Math.max(1, co.ok);

  const fmtH = (x: number): string => `${(x / 3_600_000).toFixed(2)} h`;
  const clock = (t: number): string =>
    new Date(t).toLocaleTimeString('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit' });
  const rows: SummaryRow[] = [
    {
      what: '200 arrivals: automatic codes issued (48 h ahead) and e-mailed',
      target: 'all 200',
      median: `${withAuto.codesIssued}/200 issued`,
      p95: `${firstMail.size}/200 e-mailed`,
      pass: withAuto.codesIssued === autoRooms.length && firstMail.size === autoRooms.length && duplicates === 0,
      note: `${withAuto.recordedSent} recorded as sent on the booking; ${duplicates} duplicate messages; last one handed to SMTP at ${clock(lastMailAt)} (codes due 15:00–23:00, 120 of them at 15:00)`,
    },
    {
      what: '200 arrivals: code due (arrival − 48 h) → e-mail handed to SMTP',
      target: '—',
      median: ms(due.median),
      p95: ms(due.p95),
      pass: null,
      note: `max ${ms(due.max)}; lead time before arrival: 95 % of guests had their code ≥ ${fmtH(lead5)} ahead (min ${fmtH(leadSorted[0] ?? NaN)})`,
    },
    {
      what: '200 arrivals: e-mail sent before the lock confirmed its code',
      target: 'never',
      median: `${beforeLock}`,
      p95: '—',
      pass: beforeLock === 0 && codeMails.length > 0,
      note: `each of ${codeMails.length} messages checked at DATA against the simulator's locks (both doors' own copy); lock confirmed → DATA median ${ms(l2s.median)}, p95 ${ms(l2s.p95)} on the virtual clock`,
    },
    {
      what: '200 arrivals: requests per hour, peak hour (desk limiter 25/min = 1500/h, cloud 30/min = 1800/h)',
      target: '≤ 1500/h, 0 refusals',
      median: `${hoursWith[peakHour]}/h at ${String(peakHour).padStart(2, '0')}:00`,
      p95: `${worstMinute(withAuto.wire)} in the worst minute`,
      pass: refusals(withAuto) === 0 && worstMinute(withAuto.wire) <= CLOUD_PER_MINUTE,
      note: `${refusals(withAuto)} rate-limit refusals with, ${refusals(without)} without; automatic codes cost ${extra} requests in the day (${(extra / autoRooms.length).toFixed(2)} per arrival, ${autoAdds} passcode adds)`,
    },
    {
      what: '200 arrivals: clerk wait per check-in action (card, passcode), with vs without automatic codes',
      target: 'p95 unchanged',
      median: `${ms(cw.actions.median)} vs ${ms(co.actions.median)}`,
      p95: `${ms(cw.actions.p95)} vs ${ms(co.actions.p95)}`,
      pass: null,
      note: `n=${cw.actions.n}; whole check-in (card + code) p95 ${ms(cw.whole.p95)} vs ${ms(co.whole.p95)}, max ${ms(cw.whole.max)} vs ${ms(co.whole.max)}; 15:00–16:00 (the feeds' burst) action p95 ${ms(bw.actions.p95)} vs ${ms(bo.actions.p95)}; ${cw.ok}/${cw.n} and ${co.ok}/${co.n} complete; requests per check-in ${perCheckinWith.toFixed(2)} vs ${perCheckinWithout.toFixed(2)}`,
    },
  ];
  for (const f of [...withAuto.failures, ...without.failures].slice(0, 10)) console.error(f);
  for (const run of [without, withAuto])
    for (const c of run.checkIns.filter((x) => x.cardMs + x.codeMs > 1_000))
      console.log(
        `slow check-in ${run.auto ? 'with' : 'without'}: ${clock(c.startedAt)} card ${ms(c.cardMs)} code ${ms(c.codeMs)}; the minute before: ${[...run.wire.filter((x) => x.sentAt >= c.startedAt - 60_000 && x.sentAt < c.startedAt).reduce((m, x) => m.set(x.path, (m.get(x.path) ?? 0) + 1), new Map<string, number>())].map(([p, n]) => `${p} ×${n}`).join(', ')}`,
      );

  const budget = [
    "| Hour (property time) | Requests without | With automatic codes | Share of the desk's 1500/h |",
    '|---|---|---|---|',
    ...hoursWith.flatMap((n, h) =>
      n === 0 && hoursWithout[h] === 0
        ? []
        : [
            `| ${String(h % 24).padStart(2, '0')}:00${h >= 24 ? ' (D+1)' : ''} | ${hoursWithout[h]} | ${n} | ${((n / (DESK_PER_MINUTE * 60)) * 100).toFixed(0)} % |`,
          ],
    ),
  ].join('\n');
  console.log(`(real time: without ${without.realSeconds.toFixed(0)} s, with ${withAuto.realSeconds.toFixed(0)} s)`);
  return { rows, table: markdownTable(rows), budget };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runArrivalsDeliveryBench();
  console.log(r.table);
  console.log('\nRequests per hour:');
  console.log(r.budget);
  process.exit(r.rows.some((x) => x.pass === false) ? 1 : 0);
}
