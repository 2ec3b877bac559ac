import type { Db } from '../db/open';
import { createAuditRepo } from '../db/repos/audit.repo';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { CredentialsRepo } from '../db/repos/credentials.repo';
import { createOutboxRepo } from '../db/repos/outbox.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import type { BackoffOptions } from './backoff';
import { createAccessEngine } from './engine';
import type { LockCloud } from './lock-cloud';
import { createOutboxWorker } from './outbox';

export interface AccessDeps {
  db: Db;
  bookings: BookingsRepo;
  rooms: RoomsRepo;
  credentials: CredentialsRepo;
  cloud: LockCloud;
  now: () => number;
  changed: (bookingId: number) => void;
  interactiveWaitMs?: number;
  backoff?: BackoffOptions;
}

/**
 * Builds the access engine with its outbox worker, starts the worker (which first marks any
 * operation left in flight by a crash as unclear), and feeds booking changes to the engine.
 */
export function createAccess(deps: AccessDeps) {
  const outbox = createOutboxRepo(deps.db, deps.now);
  const audit = createAuditRepo(deps.db, deps.now);
  const worker = createOutboxWorker({ db: deps.db, outbox, credentials: deps.credentials, cloud: deps.cloud, now: deps.now,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    settled: (_c, bookingId) => deps.changed(bookingId),
  });
  const engine = createAccessEngine({ ...deps, outbox, audit, worker, interactiveWaitMs: deps.interactiveWaitMs ?? 10_000 });
  const unsubscribe = deps.bookings.events.subscribe(() => engine.consumeBookingEvents());
  worker.start();
  engine.consumeBookingEvents();
  return {
    engine,
    audit,
    outbox,
    worker,
    async stop(): Promise<void> {
      unsubscribe();
      await worker.stop();
    },
  };
}
