import type { Migration } from '../migrate';

/**
 * The walking skeleton's schema: one property, doors (= Sifely locks), rooms with their own door
 * and shared doors, bookings and per-door credentials. STRICT tables so a wrong type is an error,
 * not a silent coercion.
 */
export const m0010Initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE property (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        check_in_time TEXT NOT NULL,
        check_out_time TEXT NOT NULL
      ) STRICT;

      CREATE TABLE doors (
        id INTEGER PRIMARY KEY,
        lock_id INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('room', 'shared'))
      ) STRICT;

      CREATE TABLE rooms (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        door_id INTEGER NOT NULL UNIQUE REFERENCES doors(id)
      ) STRICT;

      CREATE TABLE room_shared_doors (
        room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
        door_id INTEGER NOT NULL REFERENCES doors(id),
        PRIMARY KEY (room_id, door_id)
      ) STRICT;

      CREATE TABLE bookings (
        id INTEGER PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        guest_name TEXT NOT NULL,
        room_id INTEGER NOT NULL REFERENCES rooms(id),
        arrival_ms INTEGER NOT NULL,
        departure_ms INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'checked_out', 'cancelled')),
        updated_ms INTEGER NOT NULL,
        CHECK (departure_ms > arrival_ms)
      ) STRICT;
      CREATE INDEX bookings_arrival ON bookings(arrival_ms);
      CREATE INDEX bookings_departure ON bookings(departure_ms);

      CREATE TABLE credentials (
        id INTEGER PRIMARY KEY,
        booking_id INTEGER NOT NULL REFERENCES bookings(id),
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
      CREATE INDEX credentials_booking ON credentials(booking_id);
      CREATE INDEX credentials_secret ON credentials(kind, secret);
    `);
  },
};
