import type { Door, DoorKind, Room } from '../../../shared/domain/door';
import { msg } from '../../../shared/messages';
import type { Db } from '../db/open';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { DeskError } from '../ipc/desk-error';

export interface RoomMapping {
  roomId?: number | undefined;
  name: string;
  door: { lockId: number; name: string };
  sharedDoors: { lockId: number; name: string }[];
}

/**
 * Rooms ↔ doors for the setup wizard. A lock is one door: either a room's own door (one room) or
 * a shared door (entrance, gym…) that many rooms include. A room whose guests hold live access
 * cannot have its doors changed here: the credentials on the old doors would be orphaned. Staff
 * move or check out those guests first (the access engine does that properly).
 */
export function createRoomMapping(db: Db, rooms: RoomsRepo) {
  const doorByLock = db.prepare<[number], { id: number; kind: DoorKind; name: string }>('SELECT id, kind, name FROM doors WHERE lock_id = ?');
  const roomOfDoor = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM rooms WHERE door_id = ?');
  const roomByName = db.prepare<[string], { id: number }>('SELECT id FROM rooms WHERE name = ?');
  const renameDoor = db.prepare<[string, number]>('UPDATE doors SET name = ? WHERE id = ?');
  const updateRoom = db.prepare<[string, number, number]>('UPDATE rooms SET name = ?, door_id = ? WHERE id = ?');
  const clearShared = db.prepare<[number]>('DELETE FROM room_shared_doors WHERE room_id = ?');
  const addShared = db.prepare<[number, number]>('INSERT INTO room_shared_doors (room_id, door_id) VALUES (?, ?)');
  const liveAccess = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM credentials c JOIN bookings b ON b.id = c.booking_id
     WHERE b.room_id = ? AND c.state IN ('pending', 'issued', 'revoking')`,
  );
  const allDoors = db.prepare<[], { id: number; lock_id: number; name: string; kind: DoorKind }>('SELECT id, lock_id, name, kind FROM doors ORDER BY kind, name');

  function doorFor(lockId: number, name: string, kind: DoorKind): number {
    const existing = doorByLock.get(lockId);
    if (!existing) return rooms.addDoor(lockId, name.trim(), kind);
    if (existing.kind !== kind)
      throw new DeskError('conflict', msg(existing.kind === 'room' ? 'setup.lockIsRoomDoor' : 'setup.lockIsSharedDoor', { lock: existing.name }));
    if (name.trim() && name.trim() !== existing.name) renameDoor.run(name.trim(), existing.id);
    return existing.id;
  }

  function save(m: RoomMapping): Room {
    const name = m.name.trim();
    if (m.sharedDoors.some((d) => d.lockId === m.door.lockId)) throw new DeskError('invalid-request', msg('setup.ownDoorAlsoShared'));
    const id = db.transaction(() => {
      const sameName = roomByName.get(name);
      if (sameName && sameName.id !== m.roomId) throw new DeskError('conflict', msg('setup.roomNameTaken', { room: name }));
      const doorId = doorFor(m.door.lockId, m.door.name, 'room');
      const owner = roomOfDoor.get(doorId);
      if (owner && owner.id !== m.roomId) throw new DeskError('conflict', msg('setup.lockTaken', { room: owner.name }));
      const sharedIds = [...new Set(m.sharedDoors.map((d) => doorFor(d.lockId, d.name, 'shared')))];
      if (m.roomId === undefined) return rooms.addRoom(name, doorId, sharedIds);

      const before = rooms.getRoom(m.roomId);
      if (!before) throw new DeskError('not-found', msg('setup.roomGone'));
      const doorsChanged = before.door.id !== doorId || before.sharedDoors.map((d) => d.id).sort().join() !== [...sharedIds].sort().join();
      if (doorsChanged && liveAccess.get(m.roomId)!.n > 0)
        throw new DeskError('conflict', msg('setup.roomHasGuests', { room: before.name }));
      updateRoom.run(name, doorId, m.roomId);
      clearShared.run(m.roomId);
      for (const d of sharedIds) addShared.run(m.roomId, d);
      return m.roomId;
    })();
    return rooms.getRoom(id)!;
  }

  return {
    save,
    doors: (): Door[] => allDoors.all().map((d) => ({ id: d.id, lockId: d.lock_id, name: d.name, kind: d.kind })),
  };
}
export type RoomMappingService = ReturnType<typeof createRoomMapping>;
