import type { Migration } from '../migrate';

/**
 * Search that stays instant at 100 000 bookings: the FTS rowid encodes the order the desk shows,
 *
 *   rowid = departure_ms * 2^21 + booking id
 *
 * FTS5 walks a doclist in rowid order and honours rowid ranges, so "stays not yet ended, ending
 * soonest first" is `rowid >= now * 2^21 ORDER BY rowid LIMIT n` and history is the same range
 * descending: the work is proportional to the page, not to the number of matches (sorting ~4 000
 * "gar*" matches by relevance instead took 4–13 ms p95 against a 5 ms target). The low 21 bits give
 * the booking id back (`rowid & 2097151`), computed in SQL because the key exceeds 2^53.
 * 2^21 = 2 097 152 bookings is decades of a 150-room hotel; beyond it inserts fail loudly rather
 * than mis-key. departure_ms * 2^21 fits in 63 bits until the year 2109. Migration 0090 replaced
 * this key (electron/core/db/search-key.ts); this one is the baseline's own and never changes.
 */
const SEARCH_KEY_SHIFT = 2_097_152;

/**
 * The searchable part of a ref: iCal UIDs end in "@airbnb.com" / "@booking.com", and indexing
 * that would make "air" or "com" match every feed booking.
 */
const refPart = (r: string): string => `CASE WHEN instr(${r}, '@') > 0 THEN substr(${r}, 1, instr(${r}, '@') - 1) ELSE ${r} END`;

/**
 * The schema as first released. STRICT tables so a wrong type is an error, not a silent coercion.
 * A message kept for a person (a credential's error, a feed's last error, an audit note) is stored
 * as catalogue JSON (key + params), worded in the reader's language when shown. Later changes are
 * new migrations; test/integration/schema-snapshot.test.ts holds the resulting schema.
 */
export const m0072Baseline: Migration = {
  version: 72,
  name: 'baseline',
  up(db) {
    db.exec(`
      CREATE TABLE property (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        check_in_time TEXT NOT NULL,
        check_out_time TEXT NOT NULL
      ) STRICT;

      -- A door is a Sifely lock.
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

      -- The external ref is unique per source: an Airbnb UID and a CSV "1001" may coincide.
      CREATE TABLE bookings (
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
      -- Today's lists: arrivals by status + arrival, in-house/departures by status + departure.
      CREATE INDEX bookings_status_arrival ON bookings(status, arrival_ms);
      CREATE INDEX bookings_status_departure ON bookings(status, departure_ms);
      -- Overlap checks and "who is in room 101" walk one room's stays in time order.
      CREATE INDEX bookings_room_arrival ON bookings(room_id, arrival_ms);

      -- Every card and passcode is one row per door.
      CREATE TABLE credentials (
        id INTEGER PRIMARY KEY,
        booking_id INTEGER NOT NULL REFERENCES bookings(id),
        door_id INTEGER NOT NULL REFERENCES doors(id),
        kind TEXT NOT NULL CHECK (kind IN ('card', 'passcode')),
        -- custom/offline passcode, plain/reversed card (Sifely's two card endpoints).
        variant TEXT NOT NULL DEFAULT 'plain' CHECK (variant IN ('plain', 'reversed', 'custom', 'offline')),
        secret TEXT NOT NULL,
        -- The unique label the desk gives the credential on the lock (cardName / keyboardPwdName):
        -- after an unclear failure the desk finds its own credential on the lock by this name.
        label TEXT NOT NULL UNIQUE,
        remote_id INTEGER,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'issued', 'failed', 'revoking', 'revoked')),
        -- Why it is pending or failed, as a catalogue message.
        error TEXT CHECK (error IS NULL OR json_valid(error)),
        -- When the lock was last seen to agree with this row.
        verified_ms INTEGER,
        updated_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX credentials_booking ON credentials(booking_id);
      CREATE INDEX credentials_secret ON credentials(kind, secret);
      CREATE INDEX credentials_state ON credentials(state);

      -- The durable hand-off from bookings to the access engine: every change of a booking's
      -- dates, room or status writes one row here in the same transaction as the change, so a crash
      -- between "booking moved" and "credentials moved" loses nothing. Consumed in id order;
      -- AUTOINCREMENT so ids never go backwards, even after old rows are pruned.
      CREATE TABLE booking_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('created', 'extended', 'shortened', 'rescheduled', 'moved', 'cancelled', 'reinstated', 'status')),
        booking_id INTEGER NOT NULL REFERENCES bookings(id),
        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json TEXT NOT NULL CHECK (json_valid(after_json)),
        created_ms INTEGER NOT NULL,
        consumed_ms INTEGER
      ) STRICT;
      CREATE INDEX booking_events_unconsumed ON booking_events(id) WHERE consumed_ms IS NULL;
      CREATE INDEX booking_events_booking ON booking_events(booking_id);

      -- iCal feeds (one URL per room) with their last outcome, so a broken feed is shown per feed
      -- and never silently wipes bookings.
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        room_id INTEGER NOT NULL REFERENCES rooms(id),
        name TEXT NOT NULL,
        url TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        last_attempt_ms INTEGER,
        last_success_ms INTEGER,
        -- A catalogue message.
        last_error TEXT CHECK (last_error IS NULL OR json_valid(last_error)),
        last_error_ms INTEGER,
        last_event_count INTEGER,
        created_ms INTEGER NOT NULL,
        UNIQUE (room_id, url)
      ) STRICT;

      -- The CSV column mapping remembered per source, so the second import from a tool is one click.
      CREATE TABLE import_mappings (
        source TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_ms INTEGER NOT NULL
      ) STRICT;

      -- Guest name, ref and room, unicode61 with diacritics removed so "garcia" finds "Ana García",
      -- with prefix indexes so typing "gar" is an index lookup. Triggers keep it in step.
      CREATE VIRTUAL TABLE bookings_fts USING fts5(
        guest_name, ref, room,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      CREATE TRIGGER bookings_fts_insert AFTER INSERT ON bookings BEGIN
        SELECT RAISE(ABORT, 'booking id beyond the search key range') WHERE new.id >= ${SEARCH_KEY_SHIFT};
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (new.departure_ms * ${SEARCH_KEY_SHIFT} + new.id, new.guest_name, ${refPart('new.ref')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_update AFTER UPDATE OF guest_name, ref, room_id, departure_ms ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = old.departure_ms * ${SEARCH_KEY_SHIFT} + old.id;
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (new.departure_ms * ${SEARCH_KEY_SHIFT} + new.id, new.guest_name, ${refPart('new.ref')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_delete AFTER DELETE ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = old.departure_ms * ${SEARCH_KEY_SHIFT} + old.id;
      END;
      CREATE TRIGGER rooms_fts_rename AFTER UPDATE OF name ON rooms BEGIN
        UPDATE bookings_fts SET room = new.name
          WHERE rowid IN (SELECT departure_ms * ${SEARCH_KEY_SHIFT} + id FROM bookings WHERE room_id = new.id);
      END;

      -- Every remote operation is a row here, written in the same transaction as the credential
      -- state it serves. 'verify' checks a lock's own list after a confirmed delete.
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        credential_id INTEGER NOT NULL REFERENCES credentials(id),
        op TEXT NOT NULL CHECK (op IN ('add', 'change', 'delete', 'verify')),
        -- JSON of what the operation needs beyond the credential row (new dates for a change…).
        args TEXT NOT NULL DEFAULT '{}',
        -- 0: a clerk is waiting; 1: background (sweeps, automatic booking changes).
        priority INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'gave_up')),
        attempts INTEGER NOT NULL DEFAULT 0,
        -- Set when an attempt may have reached the cloud without an answer: the next attempt
        -- looks on the lock (by the credential's unique label) before sending again.
        unclear INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL,
        -- English, for the log.
        last_error TEXT,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox(state, priority, next_attempt_ms);
      CREATE INDEX outbox_credential ON outbox(credential_id, id);

      -- Every staff action; \`detail\` is a catalogue message, read in the desk's language.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        staff TEXT NOT NULL,
        action TEXT NOT NULL,
        booking_id INTEGER,
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'pending'))
      ) STRICT;
      CREATE INDEX audit_at ON audit_log(at_ms);
      CREATE INDEX audit_booking ON audit_log(booking_id);

      -- One row per reader the desk has known, keyed by source and USB ids, so plugging an earlier
      -- reader back finds its calibration. At most one is active: the desk never mixes models.
      CREATE TABLE reader_profiles (
        id INTEGER PRIMARY KEY,
        device_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('keyboard', 'hid')),
        vendor_id INTEGER CHECK (vendor_id BETWEEN 0 AND 65535),
        product_id INTEGER CHECK (product_id BETWEEN 0 AND 65535),
        usage_page INTEGER,
        report_mode TEXT CHECK (report_mode IN ('keyboard', 'vendor')),
        format TEXT NOT NULL CHECK (format IN ('decimal', '8h10d', 'hex')),
        byte_order TEXT NOT NULL CHECK (byte_order IN ('as-read', 'reversed')),
        leading_zeros TEXT NOT NULL CHECK (leading_zeros IN ('keep', 'strip')),
        endpoint TEXT NOT NULL CHECK (endpoint IN ('plain', 'reversed')),
        calibrated_ms INTEGER,
        calibration_lock_id INTEGER,
        calibration_card TEXT,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        updated_ms INTEGER NOT NULL,
        CHECK ((source = 'hid') = (vendor_id IS NOT NULL AND product_id IS NOT NULL AND report_mode IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX reader_profiles_one_active ON reader_profiles(active) WHERE active = 1;

      -- Salted scrypt PIN hashes; pin_kdf names the parameters so they can be raised later
      -- without invalidating existing PINs.
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('desk', 'manager')),
        pin_kdf TEXT NOT NULL,
        pin_salt BLOB NOT NULL CHECK (length(pin_salt) >= 16),
        pin_hash BLOB NOT NULL CHECK (length(pin_hash) >= 32),
        updated_ms INTEGER NOT NULL
      ) STRICT;

      -- The manager's settings as JSON keyed by name, each validated by its zod schema when read,
      -- so a bad row falls back to the default instead of breaking the desk.
      CREATE TABLE desk_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
