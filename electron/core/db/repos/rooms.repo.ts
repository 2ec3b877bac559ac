import type { Door, DoorKind, Room } from '../../../../shared/domain/door';
import type { Db } from '../open';

interface DoorRow {
  id: number;
  lock_id: number;
  name: string;
  kind: DoorKind;
}

const toDoor = (r: DoorRow): Door => ({ id: r.id, lockId: r.lock_id, name: r.name, kind: r.kind });

export function createRoomsRepo(db: Db) {
  const insertDoor = db.prepare<[number, string, DoorKind]>('INSERT INTO doors (lock_id, name, kind) VALUES (?, ?, ?)');
  const insertRoom = db.prepare<[string, number]>('INSERT INTO rooms (name, door_id) VALUES (?, ?)');
  const insertShared = db.prepare<[number, number]>('INSERT INTO room_shared_doors (room_id, door_id) VALUES (?, ?)');
  const doorById = db.prepare<[number], DoorRow>('SELECT id, lock_id, name, kind FROM doors WHERE id = ?');
  const allRoomIds = db.prepare<[], { id: number }>('SELECT id FROM rooms ORDER BY name');
  const doorByLock = db.prepare<[number], DoorRow>('SELECT id, lock_id, name, kind FROM doors WHERE lock_id = ?');
  const roomOfDoor = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM rooms WHERE door_id = ?');
  const roomByName = db.prepare<[string], { id: number }>('SELECT id FROM rooms WHERE name = ?');
  const renameDoor = db.prepare<[string, number]>('UPDATE doors SET name = ? WHERE id = ?');
  const updateRoom = db.prepare<[string, number, number]>('UPDATE rooms SET name = ?, door_id = ? WHERE id = ?');
  const clearShared = db.prepare<[number]>('DELETE FROM room_shared_doors WHERE room_id = ?');
  const liveAccess = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM credentials c JOIN bookings b ON b.id = c.booking_id
     WHERE b.room_id = ? AND c.state IN ('pending', 'issued', 'revoking')`,
  );
  const allDoors = db.prepare<[], DoorRow>('SELECT id, lock_id, name, kind FROM doors ORDER BY kind, name');
  // A room and its doors in one statement (the engine reads them several times per action): the
  // room's own door first, then the shared doors by name.
  const roomWithDoors = db.prepare<[number, number], DoorRow & { room_name: string; shared: number }>(
    `SELECT * FROM (SELECT r.name AS room_name, 0 AS shared, d.id, d.lock_id, d.name, d.kind FROM rooms r JOIN doors d ON d.id = r.door_id WHERE r.id = ?
     UNION ALL SELECT NULL, 1, d.id, d.lock_id, d.name, d.kind FROM room_shared_doors s JOIN doors d ON d.id = s.door_id WHERE s.room_id = ?)
     ORDER BY shared, name`,
  );

  function getRoom(id: number): Room | null {
    const rows = roomWithDoors.all(id, id);
    const own = rows[0];
    if (!own || own.shared !== 0) return null;
    return { id, name: own.room_name, door: toDoor(own), sharedDoors: rows.slice(1).map(toDoor) };
  }

  return {
    addDoor(lockId: number, name: string, kind: DoorKind): number {
      return Number(insertDoor.run(lockId, name, kind).lastInsertRowid);
    },
    addRoom(name: string, doorId: number, sharedDoorIds: readonly number[]): number {
      return db.transaction(() => {
        const roomId = Number(insertRoom.run(name, doorId).lastInsertRowid);
        for (const d of sharedDoorIds) insertShared.run(roomId, d);
        return roomId;
      })();
    },
    getRoom,
    getDoor(id: number): Door | null {
      const d = doorById.get(id);
      return d ? toDoor(d) : null;
    },
    listRooms(): Room[] {
      return allRoomIds.all().flatMap(({ id }) => getRoom(id) ?? []);
    },
    doorOfLock(lockId: number): Door | null {
      const d = doorByLock.get(lockId);
      return d ? toDoor(d) : null;
    },
    roomOfDoor: (doorId: number): { id: number; name: string } | null => roomOfDoor.get(doorId) ?? null,
    roomIdByName: (name: string): number | null => roomByName.get(name)?.id ?? null,
    renameDoor: (doorId: number, name: string): void => void renameDoor.run(name, doorId),
    /** A room's name and doors; the caller holds the transaction. */
    updateRoom(roomId: number, name: string, doorId: number, sharedDoorIds: readonly number[]): void {
      updateRoom.run(name, doorId, roomId);
      clearShared.run(roomId);
      for (const d of sharedDoorIds) insertShared.run(roomId, d);
    },
    /** Credentials of the room's bookings that are on a lock or on their way to or off one. */
    liveAccessCount: (roomId: number): number => liveAccess.get(roomId)!.n,
    listDoors: (): Door[] => allDoors.all().map(toDoor),
  };
}
export type RoomsRepo = ReturnType<typeof createRoomsRepo>;
