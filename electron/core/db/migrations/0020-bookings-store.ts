import type { Migration } from '../migrate';

/**
 * Bookings become a complete store: contact and notes, created/updated times, and the external
 * ref unique per source (an Airbnb UID and a CSV "1001" may coincide; 0010 made `ref` globally
 * unique). SQLite cannot drop a UNIQUE column constraint, so the table is rebuilt. `credentials`
 * references bookings and foreign keys are ON inside the migration transaction (the pragma cannot
 * change inside one), so it is rebuilt with it: children first, then the parent, then the renames
 * (which rewrite the child's REFERENCES to the final name). Same ids throughout.
 *
 * Search: an FTS5 table over guest name, ref and room name, tokenised by unicode61 with diacritics
 * removed, so "garcia" finds "Ana García" and "NOVAK" finds "Lukas Novák", any word, with prefix
 * indexes so typing "gar" is an index lookup (bench/search.bench.ts measures it at 100 000).
 * Triggers keep it in step with bookings and room renames.
 */
export const m0020BookingsStore: Migration = {
  version: 20,
  name: 'bookings-store',
  up(db) {
    db.exec(`
      CREATE TABLE bookings_new (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        ref TEXT NOT NULL,
        guest_name TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        room_id INTEGER NOT NULL REFERENCES rooms(id),
        arrival_ms INTEGER NOT NULL,
        departure_ms INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'checked_out', 'cancelled')),
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL,
        UNIQUE (source, ref),
        CHECK (departure_ms > arrival_ms),
        CHECK (length(ref) > 0 AND length(source) > 0)
      ) STRICT;
      INSERT INTO bookings_new (id, source, ref, guest_name, room_id, arrival_ms, departure_ms, status, created_ms, updated_ms)
        SELECT id, source, ref, guest_name, room_id, arrival_ms, departure_ms, status, updated_ms, updated_ms FROM bookings;

      CREATE TABLE credentials_new (
        id INTEGER PRIMARY KEY,
        booking_id INTEGER NOT NULL REFERENCES bookings_new(id),
        door_id INTEGER NOT NULL REFERENCES doors(id),
        kind TEXT NOT NULL CHECK (kind IN ('card', 'passcode')),
        secret TEXT NOT NULL,
        -- The unique label the desk gives the credential on the lock (cardName / keyboardPwdName):
        -- after an unclear failure the desk finds its own credential on the lock by this name.
        label TEXT NOT NULL UNIQUE,
        remote_id INTEGER,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'issued', 'failed', 'revoking', 'revoked')),
        error TEXT,
        updated_ms INTEGER NOT NULL
      ) STRICT;
      INSERT INTO credentials_new SELECT id, booking_id, door_id, kind, secret, label, remote_id, start_ms, end_ms, state, error, updated_ms FROM credentials;

      DROP TABLE credentials;
      DROP TABLE bookings;
      ALTER TABLE bookings_new RENAME TO bookings;
      ALTER TABLE credentials_new RENAME TO credentials;

      CREATE INDEX credentials_booking ON credentials(booking_id);
      CREATE INDEX credentials_secret ON credentials(kind, secret);
      -- Today's lists: arrivals by status + arrival, in-house/departures by status + departure.
      CREATE INDEX bookings_status_arrival ON bookings(status, arrival_ms);
      CREATE INDEX bookings_status_departure ON bookings(status, departure_ms);
      -- Overlap checks and "who is in room 101" walk one room's stays in time order.
      CREATE INDEX bookings_room_arrival ON bookings(room_id, arrival_ms);

      CREATE VIRTUAL TABLE bookings_fts USING fts5(
        guest_name, ref, room,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      INSERT INTO bookings_fts (rowid, guest_name, ref, room)
        SELECT b.id, b.guest_name, b.ref, r.name FROM bookings b JOIN rooms r ON r.id = b.room_id;

      CREATE TRIGGER bookings_fts_insert AFTER INSERT ON bookings BEGIN
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (new.id, new.guest_name, new.ref, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_update AFTER UPDATE OF guest_name, ref, room_id ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = old.id;
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (new.id, new.guest_name, new.ref, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_delete AFTER DELETE ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER rooms_fts_rename AFTER UPDATE OF name ON rooms BEGIN
        UPDATE bookings_fts SET room = new.name WHERE rowid IN (SELECT id FROM bookings WHERE room_id = new.id);
      END;
    `);
  },
};
