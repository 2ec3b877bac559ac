import type { Message, WireMessage } from '../../../../shared/messages';
import type { Db } from '../open';
import { readMessage, storeMessage } from '../stored-message';

export type AuditResult = 'ok' | 'failed' | 'pending';

export interface AuditEntry {
  id: number;
  atMs: number;
  staff: string;
  action: string;
  bookingId: number | null;
  /** The booking's guest and room when the entry was written (older rows: as they are now); null without a booking. */
  guestName: string | null;
  roomName: string | null;
  /** The note as a message, worded in the reader's language; null if it no longer parses. */
  detail: WireMessage | null;
  result: AuditResult;
}

interface Raw {
  id: number;
  at_ms: number;
  staff: string;
  action: string;
  booking_id: number | null;
  guest_name: string | null;
  room_name: string | null;
  detail: string;
  result: AuditResult;
}

const toEntry = (r: Raw): AuditEntry => ({
  id: r.id,
  atMs: r.at_ms,
  staff: r.staff,
  action: r.action,
  bookingId: r.booking_id,
  guestName: r.guest_name,
  roomName: r.room_name,
  detail: readMessage(r.detail),
  result: r.result,
});

export interface AuditFilter {
  bookingId?: number;
  action?: string;
  staff?: string;
  room?: string;
  fromMs?: number;
  toMs?: number;
  limit?: number;
}

/** The guest and room columns: as written, else the booking's current ones (rows from before they were kept). */
const VIEW = `SELECT a.id, a.at_ms, a.staff, a.action, a.booking_id, COALESCE(a.guest_name, b.guest_name) AS guest_name,
    COALESCE(a.room_name, r.name) AS room_name, a.detail, a.result
  FROM audit_log a LEFT JOIN bookings b ON b.id = a.booking_id LEFT JOIN rooms r ON r.id = b.room_id`;

/** Who did what, when, to which booking, and how it ended. Append-only. */
export function createAuditRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    `INSERT INTO audit_log (at_ms, staff, action, booking_id, guest_name, room_name, detail, result)
     VALUES (@atMs, @staff, @action, @bookingId,
       (SELECT guest_name FROM bookings WHERE id = @bookingId),
       (SELECT r.name FROM bookings b JOIN rooms r ON r.id = b.room_id WHERE b.id = @bookingId),
       @detail, @result)`,
  );
  const list = db.prepare<
    {
      bookingId: number | null;
      action: string | null;
      staff: string | null;
      room: string | null;
      fromMs: number;
      toMs: number;
      limit: number;
    },
    Raw
  >(
    `SELECT * FROM (${VIEW}) WHERE (@bookingId IS NULL OR booking_id = @bookingId) AND (@action IS NULL OR action = @action) AND (@staff IS NULL OR staff = @staff)
       AND (@room IS NULL OR room_name = @room) AND at_ms >= @fromMs AND at_ms < @toMs ORDER BY id DESC LIMIT @limit`,
  );
  const staffNames = db.prepare<[], { staff: string }>('SELECT DISTINCT staff FROM audit_log ORDER BY staff');
  const roomNames = db.prepare<[], { room_name: string }>(
    `SELECT DISTINCT room_name FROM (${VIEW}) WHERE room_name IS NOT NULL ORDER BY room_name`,
  );
  return {
    add(e: { staff: string; action: string; bookingId: number | null; detail: Message; result: AuditResult }): number {
      return Number(insert.run({ ...e, detail: storeMessage(e.detail), atMs: now() }).lastInsertRowid);
    },
    list(f: AuditFilter = {}): AuditEntry[] {
      return list
        .all({
          bookingId: f.bookingId ?? null,
          action: f.action ?? null,
          staff: f.staff ?? null,
          room: f.room ?? null,
          fromMs: f.fromMs ?? 0,
          toMs: f.toMs ?? Number.MAX_SAFE_INTEGER,
          limit: f.limit ?? 200,
        })
        .map(toEntry);
    },
    /** Whose names and which rooms appear in the log: the choices of its filters. */
    choices(): { staff: string[]; rooms: string[] } {
      return { staff: staffNames.all().map((r) => r.staff), rooms: roomNames.all().map((r) => r.room_name) };
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
