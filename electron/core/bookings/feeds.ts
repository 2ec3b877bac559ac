import type { FeedRefreshResult } from '../../../shared/domain/booking-import';
import type { Property } from '../../../shared/domain/property';
import { msg } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { FeedsRepo } from '../db/repos/feeds.repo';
import { createLogger } from '../log';
import { DEFAULT_FEED_ADDRESS_POLICY, dnsResolve, type FeedAddressPolicy, type Resolve } from './feed-address';
import { policyHttpFetch } from './feed-http';
import { DEFAULT_FETCH_LIMITS, fetchFeedText, type FetchLimits } from './fetch-feed';
import type { FeedEvent, ParsedFeed } from './ical';
import { ImportError } from './import-error';
import { parseIcsOffThread } from './parse-off-thread';
import { feedIdentity } from './feed-identity';
import { applyPlan, countPlan, planStays, type HeldStore, type ImportGuard, type IncomingStay, type PlannedStay } from './stays';
import { stayLimitProblem } from './stay-limits';
import type { Message } from '../../../shared/messages';
import { everyOn, realAfter, type Every } from '../time/clock';

const log = createLogger('feeds');

export interface FeedSyncDeps {
  db: Db;
  bookings: BookingsRepo;
  feeds: FeedsRepo;
  property: () => Property;
  now: () => number;
  /** The refresh schedule's timer (DeskTime.every); the machine's when absent. */
  every?: Every;
  limits?: FetchLimits;
  /** Which hosts may be on the LAN or loopback (feed-address.ts), read at each refresh (a manager changes it in setup); default none. */
  addresses?: () => FeedAddressPolicy;
  /** Name resolution for the address checks and the connection alike (feed-http.ts); tests answer names without DNS. */
  resolve?: Resolve;
  /** Room holds and issued access (access/room-holds.ts importGuard). */
  guard?: ImportGuard;
  /** Where changes held back for a clerk are kept (rule 4). */
  held?: HeldStore;
  /** Said after a refresh that changed or held something, so the screen's lists (Needs attention) follow a scheduled refresh too. */
  changed?: () => void;
}

/** Per feed, per refresh: a hostile or broken feed cannot flood the store or the booking ids. */
export const FEED_LIMITS = { events: 5_000, horizonMs: 2 * 366 * 24 * 3_600_000, newPerRefresh: 500 } as const;

/** New bookings past the per-refresh cap are skipped this time (the next refresh takes the next ones). */
function capNewBookings(plan: PlannedStay[]): PlannedStay[] {
  let created = 0;
  return plan.map((x) => {
    if (x.action !== 'create') return x;
    created += 1;
    if (created <= FEED_LIMITS.newPerRefresh) return x;
    return {
      ...x,
      action: 'skip' as const,
      warning: created === FEED_LIMITS.newPerRefresh + 1 ? msg('bookings.feed.tooManyNew', { max: FEED_LIMITS.newPerRefresh }) : null,
    };
  });
}

/** Bookings from a feed are keyed by the event UID within the feed's own source. */
export const feedSource = (feedId: number): string => `feed:${feedId}`;

/** The stay an event describes, with who it is as far as the feed says (feed-identity.ts). */
function stayOf(e: FeedEvent, feedName: string, roomId: number): IncomingStay {
  const who = feedIdentity(e.summary, e.description);
  return {
    ref: e.uid,
    // Airbnb and Booking.com do not put the guest's name in the feed ("Reserved", "CLOSED - Not available").
    guestName: who.guestName ?? `${feedName} guest`,
    roomId,
    arrivalMs: e.arrivalMs,
    departureMs: e.departureMs,
    notes: e.description,
    cancelled: e.cancelled,
    resCode: who.resCode,
    phoneLast4: who.phoneLast4,
  };
}

/**
 * Imports one feed's ICS text into its room: new events become bookings, moved events update
 * them, cancelled or vanished ones cancel bookings that have not started (see planStays), all in
 * one transaction with their booking events. Returns what happened. The text is read on a worker
 * thread (parse-off-thread.ts): a calendar of 100 000 events no longer stalls the desk while it is
 * read, and one over the event limit is refused there, before any of it comes back.
 */
export async function importFeedText(deps: FeedSyncDeps, feedId: number, text: string): Promise<FeedRefreshResult> {
  const p = deps.property();
  let parsed: ParsedFeed;
  try {
    parsed = await parseIcsOffThread({
      text,
      ctx: { timeZone: p.timeZone, checkInTime: p.checkInTime, checkOutTime: p.checkOutTime },
      maxEvents: FEED_LIMITS.events,
    });
  } catch (e) {
    // The parser quotes the offending line; from a feed that may be anyone's page ("admin
    // password …"), so the feed's status says only that it was not a calendar.
    if (e instanceof ImportError && e.msg.key === 'bookings.ical.invalid') throw new ImportError(msg('bookings.feed.notCalendar'));
    throw e;
  }
  // Looked up after the wait: the feed may have been removed meanwhile.
  const feed = deps.feeds.get(feedId);
  if (!feed) throw new RangeError(`no feed ${feedId}`);
  // Stays beyond the horizon are not the desk's business yet, and a feed of far-future events
  // must not fill the store: they come in when they get closer.
  const horizon = deps.now() + FEED_LIMITS.horizonMs;
  // An event beyond the limits every source meets (a departure in 2099, a stay of years) is left
  // out with its reason; it neither breaks the feed nor extends anyone's access.
  const limited: Message[] = [];
  const events = parsed.events.filter((e) => {
    if (e.arrivalMs > horizon) return false;
    const problem = stayLimitProblem(e, deps.now());
    if (problem) limited.push(msg('bookings.feed.eventLimit', { uid: e.uid, problem }));
    return !problem;
  });
  const incoming: IncomingStay[] = events.map((e) => stayOf(e, feed.name, feed.roomId));
  const source = feedSource(feedId);
  // Events left out (limits, horizon) are not "gone from the feed": their bookings stay as they were.
  const keep = new Set(parsed.events.map((e) => e.uid));
  const existing = deps.bookings.bySource(source);
  const plan = capNewBookings(
    planStays(existing, incoming, { nowMs: deps.now(), cancelVanished: true, ...(deps.guard ? { guard: deps.guard } : {}) }).filter(
      (x) => !(x.incoming === null && x.existing && keep.has(x.existing.ref)),
    ),
  );
  deps.db.transaction(() => {
    applyPlan(deps.db, deps.bookings, source, plan, deps.held);
    deps.feeds.recordSuccess(feedId, parsed.events.length);
  })();
  return {
    feedId,
    ok: true,
    error: null,
    counts: countPlan(plan),
    warnings: [...parsed.skipped, ...limited, ...plan.flatMap((x) => (x.warning ? [x.warning] : []))],
  };
}

const EMPTY = { create: 0, update: 0, unchanged: 0, cancel: 0, skip: 0, error: 0 };

/**
 * Feeds: refresh one now, refresh all on a schedule. A failure (unreachable, malformed, too big)
 * is stored on the feed and changes no booking; one refresh per feed at a time.
 */
export function createFeedSync(deps: FeedSyncDeps) {
  const running = new Map<number, Promise<FeedRefreshResult>>();
  const policy = deps.addresses ?? ((): FeedAddressPolicy => DEFAULT_FEED_ADDRESS_POLICY);
  const resolve = deps.resolve ?? dnsResolve;
  // The address checked is the address connected to, at every hop (feed-http.ts).
  const httpFetch = policyHttpFetch(policy, resolve);
  let stopTimer: (() => void) | null = null;

  async function refreshOnce(feedId: number): Promise<FeedRefreshResult> {
    const feed = deps.feeds.get(feedId);
    if (!feed) throw new RangeError(`no feed ${feedId}`);
    try {
      const text = await fetchFeedText(feed.url, deps.limits ?? DEFAULT_FETCH_LIMITS, httpFetch, policy(), resolve);
      const result = await importFeedText(deps, feedId, text);
      const { unchanged: _same, ...moved } = result.counts;
      if (result.warnings.length > 0 || Object.values(moved).some((n) => n > 0)) deps.changed?.();
      return result;
    } catch (e) {
      const why = e instanceof ImportError ? e.msg : msg('bookings.feed.failed');
      if (!(e instanceof ImportError)) log.error(`feed ${feedId} failed`, e);
      deps.feeds.recordFailure(feedId, why);
      return { feedId, ok: false, error: why, counts: EMPTY, warnings: [] };
    }
  }

  function refresh(feedId: number): Promise<FeedRefreshResult> {
    const current = running.get(feedId);
    if (current) return current;
    const p = refreshOnce(feedId).finally(() => running.delete(feedId));
    running.set(feedId, p);
    return p;
  }

  async function refreshAll(): Promise<FeedRefreshResult[]> {
    const results: FeedRefreshResult[] = [];
    // One after another: feeds are few, and the cloud-facing work must not compete with a burst.
    for (const f of deps.feeds.list()) if (f.enabled) results.push(await refresh(f.id));
    return results;
  }

  return {
    refresh,
    refreshAll,
    /** Refreshes every feed every `intervalMs`; the timer does not keep the process alive. */
    start(intervalMs: number): void {
      if (stopTimer) return;
      const every = deps.every ?? everyOn(realAfter);
      stopTimer = every(intervalMs, () => void refreshAll().catch((e: unknown) => log.error('scheduled feed refresh failed', e)), {
        unref: true,
      });
    },
    async stop(): Promise<void> {
      stopTimer?.();
      stopTimer = null;
      await Promise.allSettled([...running.values()]);
    },
  };
}
export type FeedSync = ReturnType<typeof createFeedSync>;
