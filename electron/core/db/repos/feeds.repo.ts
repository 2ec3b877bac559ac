import type { Feed } from '../../../../shared/domain/booking-import';
import type { Message } from '../../../../shared/messages';
import type { Db } from '../open';
import { readMessage, storeMessage } from '../stored-message';

interface FeedRow {
  id: number;
  room_id: number;
  room_name: string;
  name: string;
  url: string;
  enabled: number;
  last_attempt_ms: number | null;
  last_success_ms: number | null;
  last_error: string | null;
  last_error_ms: number | null;
  last_event_count: number | null;
}

const SELECT = `SELECT f.id, f.room_id, r.name AS room_name, f.name, f.url, f.enabled, f.last_attempt_ms, f.last_success_ms,
  f.last_error, f.last_error_ms, f.last_event_count FROM feeds f JOIN rooms r ON r.id = f.room_id`;

const toFeed = (r: FeedRow): Feed => ({
  id: r.id,
  roomId: r.room_id,
  roomName: r.room_name,
  name: r.name,
  url: r.url,
  enabled: r.enabled === 1,
  lastAttemptMs: r.last_attempt_ms,
  lastSuccessMs: r.last_success_ms,
  lastError: readMessage(r.last_error),
  lastErrorMs: r.last_error_ms,
  lastEventCount: r.last_event_count,
});

export function createFeedsRepo(db: Db, now: () => number) {
  const insert = db.prepare<[number, string, string, number]>('INSERT INTO feeds (room_id, name, url, created_ms) VALUES (?, ?, ?, ?)');
  const all = db.prepare<[], FeedRow>(`${SELECT} ORDER BY r.name, f.name`);
  const byId = db.prepare<[number], FeedRow>(`${SELECT} WHERE f.id = ?`);
  const ok = db.prepare<[number, number, number, number]>(
    'UPDATE feeds SET last_attempt_ms = ?, last_success_ms = ?, last_error = NULL, last_error_ms = NULL, last_event_count = ? WHERE id = ?',
  );
  // A failure keeps last_success_ms: the desk shows "last good refresh 3 h ago" beside the error.
  const failed = db.prepare<[number, string, number, number]>(
    'UPDATE feeds SET last_attempt_ms = ?, last_error = ?, last_error_ms = ? WHERE id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM feeds WHERE id = ?');
  return {
    add(roomId: number, name: string, url: string): number {
      return Number(insert.run(roomId, name, url, now()).lastInsertRowid);
    },
    get(id: number): Feed | null {
      const r = byId.get(id);
      return r ? toFeed(r) : null;
    },
    list(): Feed[] {
      return all.all().map(toFeed);
    },
    recordSuccess(id: number, eventCount: number): void {
      const t = now();
      ok.run(t, t, eventCount, id);
    },
    recordFailure(id: number, error: Message): void {
      const t = now();
      failed.run(t, storeMessage(error), t, id);
    },
    remove(id: number): void {
      remove.run(id);
    },
  };
}
export type FeedsRepo = ReturnType<typeof createFeedsRepo>;
