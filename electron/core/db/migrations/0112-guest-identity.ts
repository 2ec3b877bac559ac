import type { Migration } from '../migrate';
import { SEARCH_KEY_SHIFT, SEARCH_KEY_UNIT_MS } from '../search-key';

/**
 * Guest identity (issue 19): the reservation code and the phone's last 4 digits that Airbnb-style
 * feeds carry in their events, and which guest fields a clerk has corrected at the desk.
 *
 * - `bookings.res_code`, `bookings.phone_last4`: filled by the next refresh of each feed (the
 *   feed still has them), so nothing is backfilled here.
 * - `desk_kept_fields`: a field in it was set at the desk; imports and feeds no longer overwrite it
 *   (they still move dates and cancel).
 * - The search index's `ref` column also holds the code and the last 4, so a clerk finds a guest by
 *   either. Same key as migration 0090; the triggers now also fire when those two change.
 */
const key = (b: string): string => `(${b}.departure_ms / ${SEARCH_KEY_UNIT_MS}) * ${SEARCH_KEY_SHIFT} + ${b}.id`;
const refPart = (r: string): string => `CASE WHEN instr(${r}, '@') > 0 THEN substr(${r}, 1, instr(${r}, '@') - 1) ELSE ${r} END`;
const refText = (b: string): string => `${refPart(`${b}.ref`)} || ' ' || ${b}.res_code || ' ' || ${b}.phone_last4`;

export const m0112GuestIdentity: Migration = {
  version: 112,
  name: 'guest-identity',
  up(db) {
    db.exec(`
      ALTER TABLE bookings ADD COLUMN res_code TEXT NOT NULL DEFAULT '';
      ALTER TABLE bookings ADD COLUMN phone_last4 TEXT NOT NULL DEFAULT '';
      CREATE TABLE desk_kept_fields (
        booking_id INTEGER NOT NULL REFERENCES bookings(id),
        field TEXT NOT NULL CHECK (field IN ('guestName', 'email', 'phone')),
        set_ms INTEGER NOT NULL,
        PRIMARY KEY (booking_id, field)
      ) STRICT, WITHOUT ROWID;

      DROP TRIGGER bookings_fts_insert;
      DROP TRIGGER bookings_fts_update;
      DELETE FROM bookings_fts;
      INSERT INTO bookings_fts (rowid, guest_name, ref, room)
        SELECT ${key('b')}, b.guest_name, ${refText('b')}, r.name FROM bookings b JOIN rooms r ON r.id = b.room_id;

      CREATE TRIGGER bookings_fts_insert AFTER INSERT ON bookings BEGIN
        SELECT RAISE(ABORT, 'booking id beyond the search key range') WHERE new.id >= ${SEARCH_KEY_SHIFT};
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (${key('new')}, new.guest_name, ${refText('new')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_update AFTER UPDATE OF guest_name, ref, room_id, departure_ms, res_code, phone_last4 ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = ${key('old')};
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (${key('new')}, new.guest_name, ${refText('new')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
    `);
  },
};
