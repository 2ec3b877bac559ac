import type { Migration } from '../migrate';

/**
 * Room types (Setup): exports from Booking.com, Expedia and most PMSs name the type booked, not
 * the room. A type lists its rooms in the order the desk tries them; a room may be in several
 * types (a "Double" that is also sold as "Double, shared bathroom").
 */
export const m0110RoomTypes: Migration = {
  version: 110,
  name: 'room-types',
  up(db) {
    db.exec(`
      CREATE TABLE room_types (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;
      CREATE TABLE room_type_rooms (
        type_id INTEGER NOT NULL REFERENCES room_types(id) ON DELETE CASCADE,
        room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (type_id, room_id)
      ) STRICT;
    `);
  },
};
