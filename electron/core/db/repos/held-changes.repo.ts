import { sameProposal, type HeldProposal } from '../../../../shared/domain/attention';
import type { Db } from '../open';

interface HeldRow {
  id: number;
  booking_id: number;
  source: string;
  room_id: number;
  arrival_ms: number;
  departure_ms: number;
  cancel: number;
  state: 'waiting' | 'rejected';
}

export interface HeldChange extends HeldProposal {
  id: number;
  bookingId: number;
  source: string;
  state: 'waiting' | 'rejected';
}

const toHeld = (r: HeldRow): HeldChange => ({
  id: r.id,
  bookingId: r.booking_id,
  source: r.source,
  roomId: r.room_id,
  arrivalMs: r.arrival_ms,
  departureMs: r.departure_ms,
  cancel: r.cancel === 1,
  state: r.state,
});

/** Changes from feeds and files held back for a clerk (migration 0080). */
export function createHeldChangesRepo(db: Db, now: () => number) {
  const SELECT = 'SELECT id, booking_id, source, room_id, arrival_ms, departure_ms, cancel, state FROM held_changes';
  const byBooking = db.prepare<[number], HeldRow>(`${SELECT} WHERE booking_id = ?`);
  const byId = db.prepare<[number], HeldRow>(`${SELECT} WHERE id = ?`);
  const waiting = db.prepare<[], HeldRow>(`${SELECT} WHERE state = 'waiting' ORDER BY created_ms, id`);
  const upsert = db.prepare(
    `INSERT INTO held_changes (booking_id, source, room_id, arrival_ms, departure_ms, cancel, state, created_ms)
     VALUES (@bookingId, @source, @roomId, @arrivalMs, @departureMs, @cancel, 'waiting', @t)
     ON CONFLICT (booking_id) DO UPDATE SET source = excluded.source, room_id = excluded.room_id, arrival_ms = excluded.arrival_ms,
       departure_ms = excluded.departure_ms, cancel = excluded.cancel, state = 'waiting', created_ms = excluded.created_ms`,
  );
  const remove = db.prepare<[number]>('DELETE FROM held_changes WHERE booking_id = ?');
  const reject = db.prepare<[number]>(`UPDATE held_changes SET state = 'rejected' WHERE id = ?`);
  return {
    forBooking(bookingId: number): HeldChange | null {
      const r = byBooking.get(bookingId);
      return r ? toHeld(r) : null;
    },
    get(id: number): HeldChange | null {
      const r = byId.get(id);
      return r ? toHeld(r) : null;
    },
    waiting(): HeldChange[] {
      return waiting.all().map(toHeld);
    },
    /**
     * Holds `p` for the booking. The same proposal as the one already kept (waiting or rejected)
     * is left as it is: a feed refreshed every 15 minutes does not re-ask what the clerk refused.
     */
    hold(bookingId: number, source: string, p: HeldProposal): void {
      const prev = byBooking.get(bookingId);
      if (prev && sameProposal(toHeld(prev), p)) return;
      upsert.run({
        bookingId,
        source,
        roomId: p.roomId,
        arrivalMs: p.arrivalMs,
        departureMs: p.departureMs,
        cancel: p.cancel ? 1 : 0,
        t: now(),
      });
    },
    clear(bookingId: number): void {
      remove.run(bookingId);
    },
    reject(id: number): void {
      reject.run(id);
    },
  };
}
export type HeldChangesRepo = ReturnType<typeof createHeldChangesRepo>;
