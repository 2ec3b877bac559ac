import type { SetupLock, SetupState } from '../../../../shared/domain/setup';

/** The most rooms one bulk save may hold (the core refuses more). */
export const BULK_MAX = 300;

export type BulkRow =
  | { room: string; lockName: string; status: 'new'; lockId: number }
  | { room: string; lockName: string; status: 'exists' | 'no-lock' }
  | { room: string; lockName: string; status: 'lock-taken'; takenBy: string };

/** "Room {n}" with n = 105 → "Room 105"; a pattern without {n} gets the number at its end. */
export function doorNameFor(pattern: string, n: string): string {
  return pattern.includes('{n}') ? pattern.replaceAll('{n}', n) : `${pattern.trim()} ${n}`.trim();
}

/**
 * The preview of a range of rooms: each number from..to is a room named by that number whose own
 * door is the lock on the account named by the pattern. Rooms that already exist, and locks that
 * are missing or already another room's door, are shown and left out of the save.
 */
export function bulkPreview(from: string, to: string, pattern: string, locks: readonly SetupLock[], state: SetupState): BulkRow[] | null {
  if (!/^\d{1,5}$/.test(from) || !/^\d{1,5}$/.test(to)) return null;
  const a = Number(from);
  const b = Number(to);
  if (b < a || b - a + 1 > BULK_MAX) return null;
  // "001" to "030" keeps its width: rooms are named as the hotel writes them.
  const width = from.length > 1 && from.startsWith('0') ? from.length : 0;
  const byName = new Map(locks.map((l) => [l.name, l]));
  const existing = new Set(state.rooms.map((r) => r.name));
  const roomOfLock = new Map(state.rooms.map((r) => [r.door.lockId, r.name]));
  const rows: BulkRow[] = [];
  for (let n = a; n <= b; n++) {
    const room = String(n).padStart(width, '0');
    const lockName = doorNameFor(pattern, room);
    const lock = byName.get(lockName);
    if (existing.has(room)) rows.push({ room, lockName, status: 'exists' });
    else if (!lock) rows.push({ room, lockName, status: 'no-lock' });
    else if (roomOfLock.has(lock.lockId)) rows.push({ room, lockName, status: 'lock-taken', takenBy: roomOfLock.get(lock.lockId)! });
    else if (lock.door?.kind === 'shared') rows.push({ room, lockName, status: 'lock-taken', takenBy: lock.door.name });
    else rows.push({ room, lockName, status: 'new', lockId: lock.lockId });
  }
  return rows;
}
