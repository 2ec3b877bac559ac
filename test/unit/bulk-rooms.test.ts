import { describe, expect, it } from 'vitest';
import type { SetupLock, SetupState } from '../../shared/domain/setup';
import { bulkPreview, doorNameFor } from '../../renderer/src/features/setup/bulk-rooms';

const lock = (lockId: number, name: string, door: SetupLock['door'] = null): SetupLock => ({
  lockId,
  name,
  battery: 90,
  hasGateway: true,
  door,
});
const state = {
  rooms: [{ id: 1, name: '101', door: { id: 1, lockId: 1, name: 'Room 101', kind: 'room' }, sharedDoors: [] }],
} as unknown as SetupState;

describe('rooms in bulk: the preview', () => {
  it('names each lock by the pattern, {n} or the number at the end', () => {
    expect(doorNameFor('Room {n}', '105')).toBe('Room 105');
    expect(doorNameFor('Hab. {n} (puerta)', '7')).toBe('Hab. 7 (puerta)');
    expect(doorNameFor('Room', '105')).toBe('Room 105');
  });

  it('adds rooms whose lock exists and is free; leaves out rooms that exist, locks missing, and locks already a door', () => {
    const locks = [
      lock(1, 'Room 101', { id: 1, lockId: 1, name: 'Room 101', kind: 'room' }),
      lock(2, 'Room 102'),
      lock(4, 'Room 104'),
      lock(9, 'Room 103', { id: 9, lockId: 9, name: 'Entrance', kind: 'shared' }),
    ];
    expect(bulkPreview('101', '105', 'Room {n}', locks, state)).toEqual([
      { room: '101', lockName: 'Room 101', status: 'exists' },
      { room: '102', lockName: 'Room 102', status: 'new', lockId: 2 },
      { room: '103', lockName: 'Room 103', status: 'lock-taken', takenBy: 'Entrance' },
      { room: '104', lockName: 'Room 104', status: 'new', lockId: 4 },
      { room: '105', lockName: 'Room 105', status: 'no-lock' },
    ]);
  });

  it('keeps a zero-padded width, and refuses a backwards, oversized or non-numeric range', () => {
    expect(bulkPreview('008', '010', 'Room {n}', [], state)!.map((r) => r.room)).toEqual(['008', '009', '010']);
    expect(bulkPreview('130', '101', 'Room {n}', [], state)).toBeNull();
    expect(bulkPreview('1', '301', 'Room {n}', [], state)).toBeNull();
    expect(bulkPreview('1a', '3', 'Room {n}', [], state)).toBeNull();
  });
});
