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
  function doorFor(lockId: number, name: string, kind: DoorKind): number {
    const existing = rooms.doorOfLock(lockId);
    if (!existing) return rooms.addDoor(lockId, name.trim(), kind);
    if (existing.kind !== kind)
      throw new DeskError(
        'conflict',
        msg(existing.kind === 'room' ? 'setup.lockIsRoomDoor' : 'setup.lockIsSharedDoor', { lock: existing.name }),
      );
    if (name.trim() && name.trim() !== existing.name) rooms.renameDoor(existing.id, name.trim());
    return existing.id;
  }

  function save(m: RoomMapping): Room {
    const name = m.name.trim();
    if (m.sharedDoors.some((d) => d.lockId === m.door.lockId)) throw new DeskError('invalid-request', msg('setup.ownDoorAlsoShared'));
    const id = db.transaction(() => {
      const sameName = rooms.roomIdByName(name);
      if (sameName !== null && sameName !== m.roomId) throw new DeskError('conflict', msg('setup.roomNameTaken', { room: name }));
      const doorId = doorFor(m.door.lockId, m.door.name, 'room');
      const owner = rooms.roomOfDoor(doorId);
      if (owner && owner.id !== m.roomId) throw new DeskError('conflict', msg('setup.lockTaken', { room: owner.name }));
      const sharedIds = [...new Set(m.sharedDoors.map((d) => doorFor(d.lockId, d.name, 'shared')))];
      if (m.roomId === undefined) return rooms.addRoom(name, doorId, sharedIds);

      const before = rooms.getRoom(m.roomId);
      if (!before) throw new DeskError('not-found', msg('setup.roomGone'));
      const doorsChanged =
        before.door.id !== doorId ||
        before.sharedDoors
          .map((d) => d.id)
          .sort()
          .join() !== [...sharedIds].sort().join();
      if (doorsChanged && rooms.liveAccessCount(m.roomId) > 0)
        throw new DeskError('conflict', msg('setup.roomHasGuests', { room: before.name }));
      rooms.updateRoom(m.roomId, name, doorId, sharedIds);
      return m.roomId;
    })();
    return rooms.getRoom(id)!;
  }

  return {
    save,
    /** Many rooms at once (setup's "rooms in bulk"): every one saved, or none (the first refusal undoes the rest). */
    saveMany: (ms: readonly RoomMapping[]): Room[] => db.transaction(() => ms.map(save))(),
    doors: (): Door[] => rooms.listDoors(),
  };
}
export type RoomMappingService = ReturnType<typeof createRoomMapping>;
