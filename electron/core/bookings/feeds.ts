import type { FeedRefreshResult } from '../../../shared/domain/booking-import';
import type { Property } from '../../../shared/domain/property';
import { english, msg } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { FeedsRepo } from '../db/repos/feeds.repo';
import { createLogger } from '../log';
import type { HttpFetch } from '../net/http-fetch';
import { DEFAULT_FEED_ADDRESS_POLICY, type FeedAddressPolicy } from './feed-address';
import { DEFAULT_FETCH_LIMITS, fetchFeedText, type FetchLimits } from './fetch-feed';
import { parseIcsFeed, type FeedEvent } from './ical';
import { ImportError } from './import-error';
import { applyPlan, countPlan, planStays, type ImportGuard, type IncomingStay, type PlannedStay } from './stays';
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
  /** Which hosts may be on the LAN or loopback (feed-address.ts); default none. */
  addresses?: FeedAddressPolicy;
  /** The shell's HTTP client (net/http-fetch.ts); default Node's. */
  fetch?: HttpFetch;
  /** Room holds and issued access (access/room-holds.ts importGuard). */
  guard?: ImportGuard;
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
    return { ...x, action: 'skip' as const, warning: created === FEED_LIMITS.newPerRefresh + 1 ? msg('bookings.feed.tooManyNew', { max: FEED_LIMITS.newPerRefresh }) : null };
  });
}

/** Bookings from a feed are keyed by the event UID within the feed's own source. */
export const feedSource = (feedId: number): string => `feed:${feedId}`;

const guestOf = (e: FeedEvent, feedName: string): string =>
  // Airbnb and Booking.com do not put the guest's name in the feed ("Reserved", "CLOSED - Not available").
  /^(reserved|closed - not available|not available|blocked)$/i.test(e.summary) || e.summary === '' ? `${feedName} guest` : e.summary;

/**
 * Imports one feed's ICS text into its room: new events become bookings, moved events update
 * them, cancelled or vanished ones cancel bookings that have not started (see planStays), all in
 * one transaction with their booking events. Returns what happened.
 */
export function importFeedText(deps: FeedSyncDeps, feedId: number, text: string): FeedRefreshResult {
  const feed = deps.feeds.get(feedId);
  if (!feed) throw new RangeError(`no feed ${feedId}`);
  const p = deps.property();
  let parsed: ReturnType<typeof parseIcsFeed>;
  try {
    parsed = parseIcsFeed(text, { timeZone: p.timeZone, checkInTime: p.checkInTime, checkOutTime: p.checkOutTime });
  } catch (e) {
    // The parser quotes the offending line; from a feed that may be anyone's page ("admin
    // password …"), so the feed's status says only that it was not a calendar.
    if (e instanceof ImportError && e.msg.key === 'bookings.ical.invalid') throw new ImportError(msg('bookings.feed.notCalendar'));
    throw e;
  }
  if (parsed.events.length > FEED_LIMITS.events) throw new ImportError(msg('bookings.feed.tooManyEvents', { max: FEED_LIMITS.events }));
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
  const incoming: IncomingStay[] = events.map((e) => ({
    ref: e.uid,
    guestName: guestOf(e, feed.name),
    roomId: feed.roomId,
    arrivalMs: e.arrivalMs,
    departureMs: e.departureMs,
    notes: e.description,
    cancelled: e.cancelled,
  }));
  const source = feedSource(feedId);
  // Events left out (limits, horizon) are not "gone from the feed": their bookings stay as they were.
  const keep = new Set(parsed.events.map((e) => e.uid));
  const existing = deps.bookings.bySource(source);
  const plan = capNewBookings(
    planStays(existing, incoming, { nowMs: deps.now(), cancelVanished: true, ...(deps.guard ? { guard: deps.guard } : {}) }).filter(
      (x) => !(x.action === 'cancel' && x.incoming === null && x.existing && keep.has(x.existing.ref)),
    ),
  );
  deps.db.transaction(() => {
    applyPlan(deps.db, deps.bookings, source, plan);
    deps.feeds.recordSuccess(feedId, parsed.events.length);
  })();
  const warningsMsg = [...parsed.skippedMsg, ...limited, ...plan.flatMap((x) => (x.warning ? [x.warning] : []))];
  return {
    feedId,
    ok: true,
    error: null,
    errorMsg: null,
    counts: countPlan(plan),
    warnings: warningsMsg.map(english),
    warningsMsg,
  };
}

const EMPTY = { create: 0, update: 0, unchanged: 0, cancel: 0, skip: 0, error: 0 };

/**
 * Feeds: refresh one now, refresh all on a schedule. A failure (unreachable, malformed, too big)
 * is stored on the feed and changes no booking; one refresh per feed at a time.
 */
export function createFeedSync(deps: FeedSyncDeps) {
  const running = new Map<number, Promise<FeedRefreshResult>>();
  let stopTimer: (() => void) | null = null;

  async function refreshOnce(feedId: number): Promise<FeedRefreshResult> {
    const feed = deps.feeds.get(feedId);
    if (!feed) throw new RangeError(`no feed ${feedId}`);
    try {
      const text = await fetchFeedText(feed.url, deps.limits ?? DEFAULT_FETCH_LIMITS, deps.fetch, deps.addresses ?? DEFAULT_FEED_ADDRESS_POLICY);
      return importFeedText(deps, feedId, text);
    } catch (e) {
      const why = e instanceof ImportError ? e.msg : msg('bookings.feed.failed');
      if (!(e instanceof ImportError)) log.error(`feed ${feedId} failed`, e);
      deps.feeds.recordFailure(feedId, why);
      return { feedId, ok: false, error: english(why), errorMsg: why, counts: EMPTY, warnings: [], warningsMsg: [] };
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
      stopTimer = every(intervalMs, () => void refreshAll().catch((e: unknown) => log.error('scheduled feed refresh failed', e)), { unref: true });
    },
    async stop(): Promise<void> {
      stopTimer?.();
      stopTimer = null;
      await Promise.allSettled([...running.values()]);
    },
  };
}
export type FeedSync = ReturnType<typeof createFeedSync>;
