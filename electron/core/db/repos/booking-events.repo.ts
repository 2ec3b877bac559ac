import { classifyChange, type BookingEvent, type BookingEventKind, type StaySnapshot } from '../../../../shared/domain/booking-event';
import type { Db } from '../open';

interface EventRow {
  id: number;
  kind: BookingEventKind;
  booking_id: number;
  before_json: string | null;
  after_json: string;
  created_ms: number;
  consumed_ms: number | null;
}

const toEvent = (r: EventRow): BookingEvent => ({
  id: r.id,
  kind: r.kind,
  bookingId: r.booking_id,
  before: r.before_json === null ? null : (JSON.parse(r.before_json) as StaySnapshot),
  after: JSON.parse(r.after_json) as StaySnapshot,
  createdMs: r.created_ms,
  consumedMs: r.consumed_ms,
});

export type BookingEventListener = (events: BookingEvent[]) => void;

/**
 * Writes booking events (callers do so inside the transaction that changes the booking) and tells
 * in-process listeners once they are committed. Listeners are told from a microtask: better-sqlite3
 * transactions are synchronous, so by then the writing transaction has committed or rolled back,
 * and reading rows newer than the last notified id sees exactly the committed ones. The table, not
 * the notification, is the truth: a consumer that was not listening reads `unconsumed()`. A listener
 * that throws is reported to `onListenerError` (the caller's logger) and the others are still told.
 */
export function createBookingEvents(db: Db, now: () => number, onListenerError: (error: unknown) => void = () => {}) {
  const insert = db.prepare<[BookingEventKind, number, string | null, string, number, number | null]>(
    'INSERT INTO booking_events (kind, booking_id, before_json, after_json, created_ms, consumed_ms) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const newerThan = db.prepare<[number], EventRow>('SELECT * FROM booking_events WHERE id > ? ORDER BY id');
  const unconsumed = db.prepare<[number], EventRow>('SELECT * FROM booking_events WHERE consumed_ms IS NULL ORDER BY id LIMIT ?');
  const markConsumed = db.prepare<[number, number]>('UPDATE booking_events SET consumed_ms = ? WHERE id = ? AND consumed_ms IS NULL');
  const maxId = db.prepare<[], { m: number | null }>('SELECT max(id) AS m FROM booking_events');

  const listeners = new Set<BookingEventListener>();
  let lastNotified = maxId.get()?.m ?? 0;
  let scheduled = false;
  /** Inside plannedBy: the caller plans the lock work itself, so its events are written consumed. */
  let planning = false;

  function notify(): void {
    scheduled = false;
    if (db.inTransaction) {
      // Someone holds a transaction across a microtask (should not happen); try again later.
      setImmediate(notify);
      scheduled = true;
      return;
    }
    const rows = newerThan.all(lastNotified);
    if (rows.length === 0) return;
    lastNotified = rows.at(-1)!.id;
    const events = rows.map(toEvent);
    for (const l of listeners) {
      try {
        l(events);
      } catch (e) {
        onListenerError(e);
      }
    }
  }

  return {
    /** Records a change if it is one the engine cares about. Call inside the booking's transaction. */
    record(bookingId: number, before: StaySnapshot | null, after: StaySnapshot): BookingEventKind | null {
      const kind = classifyChange(before, after);
      if (!kind) return null;
      const t = now();
      insert.run(kind, bookingId, before ? JSON.stringify(before) : null, JSON.stringify(after), t, planning ? t : null);
      // Listeners plan from unconsumed events; one written consumed has nothing for them.
      if (!planning && !scheduled && listeners.size > 0) {
        scheduled = true;
        queueMicrotask(notify);
      }
      return kind;
    },
    subscribe(listener: BookingEventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    unconsumed(limit = 500): BookingEvent[] {
      return unconsumed.all(limit).map(toEvent);
    },
    /**
     * Runs a booking write whose lock work the caller plans itself (a clerk's check-in, checkout,
     * cancellation or stay change, in its one transaction) and marks the events it recorded as
     * consumed, so the planner does not plan the same change a second time from them. They are
     * written consumed (one insert, not an insert and an update of the same row).
     */
    plannedBy<T>(write: () => T): T {
      if (!db.inTransaction) throw new Error("plannedBy runs inside the action's transaction");
      if (planning) return write();
      planning = true;
      try {
        return write();
      } finally {
        planning = false;
      }
    },
    markConsumed(ids: readonly number[]): void {
      const t = now();
      db.transaction(() => {
        for (const id of ids) markConsumed.run(t, id);
      })();
    },
  };
}
export type BookingEvents = ReturnType<typeof createBookingEvents>;
