import type { WireMessage } from '../../../shared/messages';
import type { Db } from '../db/open';
import { readMessage } from '../db/stored-message';

export interface AutoIssueRow {
  state: 'issued' | 'held';
  reason: WireMessage | null;
}

/**
 * Which bookings the scheduler has issued a code for (so it issues once per booking, and the
 * delivery follows that code through every change), and which wait because of a clash.
 */
export function createAutoIssuesRepo(db: Db, now: () => number) {
  const select = db.prepare<[number], { state: 'issued' | 'held'; reason_msg: string | null }>('SELECT state, reason_msg FROM auto_issues WHERE booking_id = ?');
  const upsert = db.prepare<[number, string, string | null, number]>(
    `INSERT INTO auto_issues (booking_id, state, reason_msg, updated_ms) VALUES (?, ?, ?, ?)
     ON CONFLICT (booking_id) DO UPDATE SET state = excluded.state, reason_msg = excluded.reason_msg, updated_ms = excluded.updated_ms`,
  );
  const held = db.prepare<[], { booking_id: number }>(`SELECT booking_id FROM auto_issues WHERE state = 'held'`);
  return {
    get(bookingId: number): AutoIssueRow | null {
      const r = select.get(bookingId);
      return r ? { state: r.state, reason: readMessage(r.reason_msg) } : null;
    },
    issued(bookingId: number): void {
      upsert.run(bookingId, 'issued', null, now());
    },
    held(bookingId: number, reason: WireMessage): void {
      upsert.run(bookingId, 'held', JSON.stringify(reason), now());
    },
    /** Bookings waiting in Needs attention because their automatic code could not be issued. */
    heldIds: (): number[] => held.all().map((r) => r.booking_id),
  };
}
export type AutoIssuesRepo = ReturnType<typeof createAutoIssuesRepo>;
