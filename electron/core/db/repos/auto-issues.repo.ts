import type { WireMessage } from '../../../../shared/messages';
import type { Db } from '../open';
import { readMessage, storeMessage } from '../stored-message';

export interface AutoIssueRow {
  state: 'issued' | 'held';
  reason: WireMessage | null;
}

/**
 * Which bookings the scheduler has issued a code for (so it issues once per booking, and the
 * delivery follows that code through every change), and which wait because of a clash.
 */
export function createAutoIssuesRepo(db: Db, now: () => number) {
  const select = db.prepare<[number], { state: 'issued' | 'held'; reason: string | null }>(
    'SELECT state, reason FROM auto_issues WHERE booking_id = ?',
  );
  const upsert = db.prepare<[number, string, string | null, number]>(
    `INSERT INTO auto_issues (booking_id, state, reason, updated_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (booking_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, updated_ms = excluded.updated_ms`,
  );
  const held = db.prepare<[], { booking_id: number; reason: string | null }>(
    `SELECT booking_id, reason FROM auto_issues WHERE state = 'held' ORDER BY updated_ms, booking_id`,
  );
  // Live stays not yet issued by the scheduler, arriving by `until`, not yet departed.
  const candidates = db.prepare<[number, number], { id: number; source: string; arrival_ms: number }>(
    `SELECT b.id, b.source, b.arrival_ms FROM bookings b
      WHERE b.status IN ('booked', 'checked_in') AND b.departure_ms > ? AND b.arrival_ms <= ?
        AND NOT EXISTS (SELECT 1 FROM auto_issues a WHERE a.booking_id = b.id AND a.state = 'issued')
      ORDER BY b.arrival_ms LIMIT 500`,
  );
  return {
    get(bookingId: number): AutoIssueRow | null {
      const r = select.get(bookingId);
      return r ? { state: r.state, reason: readMessage(r.reason) } : null;
    },
    issued(bookingId: number): void {
      upsert.run(bookingId, 'issued', null, now());
    },
    held(bookingId: number, reason: WireMessage): void {
      upsert.run(bookingId, 'held', storeMessage(reason), now());
    },
    /** Bookings waiting in Needs attention because their automatic code could not be issued. */
    heldCodes: (): { bookingId: number; reason: WireMessage | null }[] =>
      held.all().map((r) => ({ bookingId: r.booking_id, reason: readMessage(r.reason) })),
    /** Stays the scheduler may have to issue for: live, not departed at `nowMs`, arriving by `untilMs`, not issued yet. */
    candidates: (nowMs: number, untilMs: number): { id: number; source: string; arrivalMs: number }[] =>
      candidates.all(nowMs, untilMs).map((r) => ({ id: r.id, source: r.source, arrivalMs: r.arrival_ms })),
  };
}
export type AutoIssuesRepo = ReturnType<typeof createAutoIssuesRepo>;
