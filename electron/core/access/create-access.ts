import type { Door } from '../../../shared/domain/door';
import { addDays, localDate, parseWall, zonedWallTimeToMs } from '../../../shared/time/zoned';
import type { Db } from '../db/open';
import { createLogger } from '../log';
import { createAuditRepo } from '../db/repos/audit.repo';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { CredentialsRepo } from '../db/repos/credentials.repo';
import { createOutboxRepo } from '../db/repos/outbox.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import type { DeskTime } from '../time/desk-time';
import type { BackoffOptions } from '../time/backoff';
import { createAccessEngine } from './engine';
import type { LockCloud } from '../cloud/lock-cloud';
import type { DeskChange } from '../changes';
import { reconcileLocks } from './reconcile';
import { createOutboxWorker } from './outbox';

const log = createLogger('access');
/** Quiet hours at the desk; lists every lock at background priority (§8 rate limits). */
const RECONCILE_AT = '03:00';
const RECHECK_RECONCILE_MS = 60 * 60_000;

export interface AccessDeps {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  credentials: CredentialsRepo;
  cloud: LockCloud;
  time: DeskTime;
  changed: (change: DeskChange) => void;
  interactiveWaitMs?: number;
  backoff?: BackoffOptions;
  /** The property's zone, for the nightly audit at 03:00 local time. */
  timeZone: () => string | null;
}

/**
 * Builds the access engine with its outbox worker, starts the worker (which first marks any
 * operation left in flight by a crash as unclear), and feeds booking changes to the engine.
 */
export function createAccess(deps: AccessDeps) {
  const now = deps.time.now;
  // Due times are waits: the outbox keeps them on the monotonic clock.
  const outbox = createOutboxRepo(deps.db, deps.time.monotonic);
  const audit = createAuditRepo(deps.db, now);
  const worker = createOutboxWorker({
    db: deps.db,
    outbox,
    credentials: deps.credentials,
    cloud: deps.cloud,
    time: deps.time,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    // A settled row changes the booking's credentials and the pending work beside its doors.
    settled: (_c, bookingId) => deps.changed({ access: bookingId, health: true }),
    arrivalOf: (bookingId) => deps.bookings.get(bookingId)?.arrivalMs ?? null,
    timeZone: deps.timeZone,
  });
  const engineCtx = { ...deps, now, outbox, audit, worker, interactiveWaitMs: deps.interactiveWaitMs ?? 10_000 };
  const engine = createAccessEngine(engineCtx);
  const unsubscribe = deps.bookings.events.subscribe(() => engine.consumeBookingEvents());
  worker.start();
  engine.consumeBookingEvents();

  const doors = (): Door[] => [
    ...new Map(
      deps.rooms
        .listRooms()
        .flatMap((r) => [r.door, ...r.sharedDoors])
        .map((d) => [d.id, d]),
    ).values(),
  ];
  const reconcile = () => reconcileLocks(engineCtx, doors());
  let cancelTimer: (() => void) | null = null;
  /**
   * The next 03:00 is a date, so it is re-read at least hourly: a clock corrected meanwhile (or
   * cloud time learned) moves the audit to the real 03:00 instead of one computed from a wrong clock.
   */
  const scheduleReconcile = (): void => {
    const zone = deps.timeZone();
    if (!zone) return;
    const today = localDate(now(), zone);
    let at = zonedWallTimeToMs(parseWall(today, RECONCILE_AT), zone);
    if (at <= now()) at = zonedWallTimeToMs(parseWall(addDays(today, 1), RECONCILE_AT), zone);
    cancelTimer = deps.time.after(
      Math.max(1_000, Math.min(at - now(), RECHECK_RECONCILE_MS)),
      () => {
        if (now() < at - 1_000) return scheduleReconcile();
        reconcile()
          .catch((e: unknown) => log.error('nightly lock reconciliation failed', e))
          .finally(scheduleReconcile);
      },
      { unref: true },
    );
  };
  scheduleReconcile();

  return {
    engine,
    audit,
    outbox,
    worker,
    reconcile,
    async stop(): Promise<void> {
      cancelTimer?.();
      unsubscribe();
      await worker.stop();
    },
  };
}
