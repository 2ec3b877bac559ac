import { msg } from '../../../shared/messages';
import {
  BOOKING_LOG_MAX_PAGES,
  BOOKING_LOG_PAGE_SIZE,
  DOOR_LOG_PAGE_SIZE,
  type BookingLog,
  type BookingLogEntry,
  type DoorLogEntry,
  type DoorLogHow,
  type DoorLogPage,
} from '../../../shared/domain/door-log';
import type { Door } from '../../../shared/domain/door';
import type { DeskHandlers } from '../ipc/dispatch';
import { DeskError } from '../ipc/desk-error';
import { createLogger } from '../log';
import type { CallOptions } from '../sifely/transport';
import type { OpenState, Page, RecordInfo, RecordQuery } from '../sifely/types';

const log = createLogger('door-log');

export interface DoorLogDeps {
  doors: { getDoor(id: number): Door | null };
  listRecords(lockId: number, pageNo: number, pageSize: number, query: RecordQuery, opts?: CallOptions): Promise<Page<RecordInfo>>;
  queryOpenState(lockId: number, opts?: CallOptions): Promise<OpenState>;
  /** Whose card or code this is, by the credential's unique label (the record's `username`) or the card number. */
  whose(label: string, secret: string, isCard: boolean): { bookingId: number; guestName: string } | null;
  /** A booking's stay and the doors it ever had a card or code for (null: no such booking). */
  stayOf(bookingId: number): { fromMs: number; toMs: number; doorIds: number[] } | null;
  now: () => number;
  monotonic: () => number;
  /** A page is asked of the cloud at most this often (default 60 s): paging back and forth costs no budget. */
  cacheMs?: number;
}

const HOW: Record<number, DoorLogHow> = {
  1: 'app',
  3: 'remote',
  4: 'passcode',
  7: 'card',
  10: 'key',
  11: 'app',
  12: 'remote',
  32: 'inside',
  37: 'remote',
  55: 'remote',
};
const OPEN_STATE = { 0: 'locked', 1: 'unlocked', 2: null } as const;

/**
 * A door's open log and a booking's log (§10.28, newest first). Every cloud call is at 'lookup'
 * priority: ahead of queued background work (someone is reading the screen) but never into the
 * clerk's reserve (the 30/minute budget belongs to check-ins first, §8). Each page is cached
 * briefly per lock and window, so paging back and forth, or opening a booking's log twice, costs nothing.
 */
export function doorLogHandlers(deps: DoorLogDeps): Pick<DeskHandlers, 'lock:records' | 'booking:door-log'> {
  const cacheMs = deps.cacheMs ?? 60_000;
  const cache = new Map<string, { atMono: number; page: Page<RecordInfo>; openState?: OpenState | null }>();
  const reading = { priority: 'lookup' } as const;

  async function recordsPage(
    lockId: number,
    pageNo: number,
    pageSize: number,
    query: RecordQuery,
  ): Promise<{ page: Page<RecordInfo>; key: string }> {
    const key = `${lockId}:${pageSize}:${query.startDate ?? 0}:${query.endDate ?? 0}:${pageNo}`;
    const hit = cache.get(key);
    if (hit && deps.monotonic() - hit.atMono < cacheMs) return { page: hit.page, key };
    const page = await deps.listRecords(lockId, pageNo, pageSize, query, reading);
    cache.set(key, { atMono: deps.monotonic(), page });
    return { page, key };
  }

  const entryOf = (r: RecordInfo): DoorLogEntry => {
    const how = HOW[r.recordType] ?? 'other';
    const owner = deps.whose(typeof r.username === 'string' ? r.username : '', r.keyboardPwd ?? '', how === 'card');
    return {
      recordId: Number(r.recordId ?? 0),
      atMs: r.lockDate,
      how,
      success: r.success === 1,
      secret: r.keyboardPwd ?? '',
      bookingId: owner?.bookingId ?? null,
      guestName: owner?.guestName ?? null,
    };
  };

  /** The bolt as the lock says, asked once per cached first page; a lock that cannot say is not an error. */
  async function openStateOf(lockId: number, key: string): Promise<OpenState | null> {
    const cached = cache.get(key);
    if (cached && cached.openState !== undefined) return cached.openState;
    let state: OpenState | null = null;
    try {
      state = await deps.queryOpenState(lockId, reading);
    } catch (e) {
      log.info(`open state of lock ${lockId} not read`, e);
    }
    if (cached) cached.openState = state;
    return state;
  }

  return {
    'lock:records': async ({ doorId, page }) => {
      const door = deps.doors.getDoor(doorId);
      if (!door) throw new DeskError('not-found', msg('access.doorGone'));
      const got = await recordsPage(door.lockId, page, DOOR_LOG_PAGE_SIZE, {});
      const state = page === 1 ? await openStateOf(door.lockId, got.key) : null;
      return {
        doorId: door.id,
        doorName: door.name,
        page,
        pages: Math.max(1, got.page.pages),
        fetchedAtMs: deps.now(),
        entries: got.page.list.map(entryOf),
        openState: state === null ? null : OPEN_STATE[state],
      } satisfies DoorLogPage;
    },

    'booking:door-log': async ({ bookingId }) => {
      const stay = deps.stayOf(bookingId);
      if (!stay) throw new DeskError('not-found', msg('bookings.bookingGone'));
      const entries: BookingLogEntry[] = [];
      const incompleteDoors: string[] = [];
      for (const doorId of stay.doorIds) {
        const door = deps.doors.getDoor(doorId);
        if (!door) continue;
        const query = { startDate: stay.fromMs, endDate: stay.toMs };
        try {
          for (let pageNo = 1; ; pageNo++) {
            const { page } = await recordsPage(door.lockId, pageNo, BOOKING_LOG_PAGE_SIZE, query);
            for (const r of page.list) {
              const e = entryOf(r);
              if (e.bookingId === bookingId) entries.push({ ...e, doorId: door.id, doorName: door.name });
            }
            if (pageNo >= page.pages || page.list.length === 0) break;
            if (pageNo >= BOOKING_LOG_MAX_PAGES) {
              incompleteDoors.push(door.name);
              break;
            }
          }
        } catch (e) {
          log.warn(`records of lock ${door.lockId} for booking ${bookingId}`, e);
          incompleteDoors.push(door.name);
        }
      }
      entries.sort((a, b) => b.atMs - a.atMs || b.recordId - a.recordId);
      const opened = entries.filter((e) => e.success);
      return {
        bookingId,
        entries,
        arrivedAtMs: opened.length ? opened[opened.length - 1]!.atMs : null,
        fetchedAtMs: deps.now(),
        incompleteDoors,
      } satisfies BookingLog;
    },
  };
}
