import { english, msg, type WireMessage } from '../../../shared/messages';
import type { After } from '../time/clock';
import { DEFAULT_BACKOFF } from '../access/outbox';
import { backoffDelayMs, type BackoffOptions } from '../time/backoff';
import { createLogger } from '../log';
import type { DeliveryOutboxRepo, DeliveryRow } from '../db/repos/delivery-outbox.repo';
import type { SendOutcome } from './transport';

const log = createLogger('delivery');

/** A message that has not gone after this many attempts (about a day at the 5-minute cap) fails with its last reason. */
export const MAX_DELIVERY_ATTEMPTS = 12;

/** What the worker hands a row to: the service checks it is still due and sends it (or says why not). */
export type Deliver = (row: DeliveryRow) => Promise<SendOutcome | { kind: 'superseded'; reason: WireMessage }>;

/**
 * The delivery outbox's worker, shaped like the lock outbox's: it takes due rows, claims each in
 * the database before anything leaves (a crash leaves it `sending`, which the next start fails as
 * unclear rather than send twice), and records the outcome. Waits are on the monotonic clock.
 */
export function createDeliveryWorker(deps: {
  outbox: DeliveryOutboxRepo;
  monotonic: () => number;
  after: After;
  deliver: Deliver;
  backoff?: BackoffOptions;
  concurrency?: number;
  settled?: (row: DeliveryRow) => void;
}) {
  const { outbox, monotonic } = deps;
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const concurrency = deps.concurrency ?? 2;
  const inFlight = new Map<number, Promise<void>>();
  let timer: (() => void) | null = null;
  let running = false;

  function record(row: DeliveryRow, outcome: SendOutcome | { kind: 'superseded'; reason: WireMessage }): void {
    switch (outcome.kind) {
      case 'sent':
        outbox.sent(row.id, outcome.providerId);
        return;
      case 'superseded':
      case 'failed':
      case 'bounced':
        outbox.end(row.id, outcome.kind, outcome.reason);
        return;
      case 'retry': {
        const attempts = row.attempts + 1;
        if (attempts >= MAX_DELIVERY_ATTEMPTS) {
          outbox.end(row.id, 'failed', msg('delivery.gaveUp', { why: outcome.reason, attempts }));
          return;
        }
        outbox.retryLater(row.id, monotonic() + Math.max(backoffDelayMs(attempts, backoff), outcome.minDelayMs ?? 0), outcome.reason);
        return;
      }
    }
  }

  async function run(row: DeliveryRow): Promise<void> {
    let outcome: SendOutcome | { kind: 'superseded'; reason: WireMessage };
    try {
      outcome = await deps.deliver(row);
    } catch (e) {
      // A bug or a secret that cannot be read: kept and retried, never lost, and logged.
      log.error(`delivery ${row.id} crashed`, e);
      outcome = { kind: 'retry', reason: msg('ipc.internal') };
    }
    if (outcome.kind !== 'sent')
      log.warn(`${row.channel} ${row.kind} for booking ${row.bookingId ?? '-'}: ${outcome.kind}: ${english(outcome.reason)}`);
    record(row, outcome);
    deps.settled?.(row);
  }

  function pump(): void {
    if (!running) return;
    const free = concurrency - inFlight.size;
    if (free > 0) {
      for (const row of outbox.due(free + inFlight.size)) {
        if (inFlight.size >= concurrency) break;
        if (inFlight.has(row.id) || !outbox.claim(row.id)) continue;
        const p = run({ ...row, state: 'sending' }).finally(() => {
          inFlight.delete(row.id);
          pump();
        });
        inFlight.set(row.id, p);
      }
    }
    schedule();
  }

  function schedule(): void {
    if (!running) return;
    timer?.();
    const next = outbox.nextDueMs();
    if (next === null) return;
    timer = deps.after(Math.min(Math.max(next - monotonic(), 20), 60_000), pump, { unref: true });
  }

  return {
    start(): void {
      running = true;
      const unclear = outbox.recoverAfterCrash(msg('delivery.unclear'));
      if (unclear) log.warn(`${unclear} message(s) were being sent at the last stop: marked failed (may have arrived), not sent again`);
      pump();
    },
    kick: pump,
    async stop(graceMs = 2_000): Promise<void> {
      running = false;
      timer?.();
      await Promise.race([Promise.allSettled([...inFlight.values()]), new Promise<void>((r) => deps.after(graceMs, r, { unref: true }))]);
    },
  };
}
export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
