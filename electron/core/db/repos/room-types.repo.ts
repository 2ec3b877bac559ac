import type { RoomType } from '../../../../shared/domain/room-type';
import type { Db } from '../open';

/** Room types and their rooms (Setup), for imports that name a type rather than a room. */
export function createRoomTypesRepo(db: Db) {
  const listTypes = db.prepare<[], { id: number; name: string }>('SELECT id, name FROM room_types ORDER BY name COLLATE NOCASE');
  const listMembers = db.prepare<[], { type_id: number; room_id: number }>(
    'SELECT type_id, room_id FROM room_type_rooms ORDER BY type_id, position',
  );
  const insertType = db.prepare<[string]>('INSERT INTO room_types (name) VALUES (?)');
  const renameType = db.prepare<[string, number]>('UPDATE room_types SET name = ? WHERE id = ?');
  const clearMembers = db.prepare<[number]>('DELETE FROM room_type_rooms WHERE type_id = ?');
  const insertMember = db.prepare<[number, number, number]>('INSERT INTO room_type_rooms (type_id, room_id, position) VALUES (?, ?, ?)');
  const deleteType = db.prepare<[number]>('DELETE FROM room_types WHERE id = ?');

  function list(): RoomType[] {
    const members = listMembers.all();
    return listTypes
      .all()
      .map((t) => ({ id: t.id, name: t.name, roomIds: members.filter((m) => m.type_id === t.id).map((m) => m.room_id) }));
  }

  return {
    list,
    /** Type name, lower-cased and trimmed → its rooms in order (what the CSV parser looks up). */
    byName(): Map<string, number[]> {
      return new Map(list().map((t) => [t.name.trim().toLowerCase(), t.roomIds]));
    },
    /** Creates (id absent) or replaces a type and its rooms, in one transaction. */
    save(t: { id?: number | undefined; name: string; roomIds: readonly number[] }): number {
      return db.transaction(() => {
        let id = t.id;
        if (id === undefined) id = Number(insertType.run(t.name.trim()).lastInsertRowid);
        else renameType.run(t.name.trim(), id);
        clearMembers.run(id);
        [...new Set(t.roomIds)].forEach((roomId, i) => insertMember.run(id, roomId, i));
        return id;
      })();
    },
    remove(id: number): void {
      deleteType.run(id);
    },
  };
}
export type RoomTypesRepo = ReturnType<typeof createRoomTypesRepo>;
