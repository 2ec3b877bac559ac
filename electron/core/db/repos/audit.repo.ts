import type { Db } from '../open';

export type AuditResult = 'ok' | 'failed' | 'pending';

export interface AuditEntry {
  id: number;
  atMs: number;
  staff: string;
  action: string;
  bookingId: number | null;
  detail: string;
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

const toEntry = (r: Raw): AuditEntry => ({ id: r.id, atMs: r.at_ms, staff: r.staff, action: r.action, bookingId: r.booking_id, detail: r.detail, result: r.result });

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
  const list = db.prepare<[number | null, string | null, string | null, number, number, number], Raw>(
    `SELECT id, at_ms, staff, action, booking_id, detail, result FROM audit_log
     WHERE (?1 IS NULL OR booking_id = ?1) AND (?2 IS NULL OR action = ?2) AND (?3 IS NULL OR staff = ?3)
       AND at_ms >= ?4 AND at_ms < ?5 ORDER BY id DESC LIMIT ?6`,
  );
  return {
    add(e: { staff: string; action: string; bookingId: number | null; detail: string; result: AuditResult }): number {
      return Number(insert.run({ ...e, atMs: now() }).lastInsertRowid);
    },
    list(f: AuditFilter = {}): AuditEntry[] {
      return list
        .all(f.bookingId ?? null, f.action ?? null, f.staff ?? null, f.fromMs ?? 0, f.toMs ?? Number.MAX_SAFE_INTEGER, f.limit ?? 200)
        .map(toEntry);
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
