import { msg } from '../../../shared/messages';
import { DOOR_LOG_PAGE_SIZE, type DoorLogHow, type DoorLogPage } from '../../../shared/domain/door-log';
import type { Door } from '../../../shared/domain/door';
import type { DeskHandlers } from '../ipc/dispatch';
import { DeskError } from '../ipc/desk-error';
import type { CallOptions } from '../sifely/transport';
import type { Page, RecordInfo, RecordQuery } from '../sifely/types';

export interface DoorLogDeps {
  doors: { getDoor(id: number): Door | null };
  listRecords(lockId: number, pageNo: number, pageSize: number, query: RecordQuery, opts?: CallOptions): Promise<Page<RecordInfo>>;
  /** Whose card or code this is, by the credential's unique label (the record's `username`) or the card number. */
  whose(label: string, secret: string, isCard: boolean): { bookingId: number; guestName: string } | null;
  now: () => number;
  monotonic: () => number;
  /** A page is asked of the cloud at most this often (default 60 s): paging back and forth costs no budget. */
  cacheMs?: number;
}

const HOW: Record<number, DoorLogHow> = { 1: 'app', 3: 'remote', 4: 'passcode', 7: 'card', 10: 'key', 11: 'app', 12: 'remote', 32: 'inside', 37: 'remote', 55: 'remote' };

/**
 * A door's open log (§10.28, newest first), one cloud call per page at background priority (the
 * 30/minute budget belongs to check-ins first, §8), cached briefly per lock and page.
 */
export function doorLogHandlers(deps: DoorLogDeps): Pick<DeskHandlers, 'lock:records'> {
  const cacheMs = deps.cacheMs ?? 60_000;
  const cache = new Map<string, { atMono: number; page: DoorLogPage }>();
  return {
    'lock:records': async ({ doorId, page }) => {
      const door = deps.doors.getDoor(doorId);
      if (!door) throw new DeskError('not-found', msg('access.doorGone'));
      const key = `${door.lockId}:${page}`;
      const hit = cache.get(key);
      if (hit && deps.monotonic() - hit.atMono < cacheMs) return hit.page;
      const got = await deps.listRecords(door.lockId, page, DOOR_LOG_PAGE_SIZE, {}, { priority: 'background' });
      const result: DoorLogPage = {
        doorId: door.id,
        doorName: door.name,
        page,
        pages: Math.max(1, got.pages),
        fetchedAtMs: deps.now(),
        entries: got.list.map((r) => {
          const how = HOW[r.recordType] ?? 'other';
          const owner = deps.whose(typeof r.username === 'string' ? r.username : '', r.keyboardPwd ?? '', how === 'card');
          return { recordId: Number(r.recordId ?? 0), atMs: r.lockDate, how, success: r.success === 1, secret: r.keyboardPwd ?? '', bookingId: owner?.bookingId ?? null, guestName: owner?.guestName ?? null };
        }),
      };
      cache.set(key, { atMono: deps.monotonic(), page: result });
      return result;
    },
  };
}
