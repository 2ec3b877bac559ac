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
  detail: string;
  result: AuditResult;
}

const toEntry = (r: Raw): AuditEntry => ({
  id: r.id, atMs: r.at_ms, staff: r.staff, action: r.action, bookingId: r.booking_id,
  detail: readMessage(r.detail),
  result: r.result,
});

export interface AuditFilter {
  bookingId?: number;
  action?: string;
  staff?: string;
  fromMs?: number;
  toMs?: number;
  limit?: number;
}

/** Who did what, when, to which booking, and how it ended. Append-only. */
export function createAuditRepo(db: Db, now: () => number) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at_ms, staff, action, booking_id, detail, result) VALUES (@atMs, @staff, @action, @bookingId, @detail, @result)',
  );
  const list = db.prepare<{ bookingId: number | null; action: string | null; staff: string | null; fromMs: number; toMs: number; limit: number }, Raw>(
    `SELECT id, at_ms, staff, action, booking_id, detail, result FROM audit_log
     WHERE (@bookingId IS NULL OR booking_id = @bookingId) AND (@action IS NULL OR action = @action) AND (@staff IS NULL OR staff = @staff)
       AND at_ms >= @fromMs AND at_ms < @toMs ORDER BY id DESC LIMIT @limit`,
  );
  return {
    add(e: { staff: string; action: string; bookingId: number | null; detail: Message; result: AuditResult }): number {
      return Number(insert.run({ ...e, detail: storeMessage(e.detail), atMs: now() }).lastInsertRowid);
    },
    list(f: AuditFilter = {}): AuditEntry[] {
      return list
        .all({ bookingId: f.bookingId ?? null, action: f.action ?? null, staff: f.staff ?? null, fromMs: f.fromMs ?? 0, toMs: f.toMs ?? Number.MAX_SAFE_INTEGER, limit: f.limit ?? 200 })
        .map(toEntry);
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
