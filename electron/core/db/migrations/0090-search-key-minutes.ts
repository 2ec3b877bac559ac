import type { Migration } from '../migrate';
import { SEARCH_KEY_SHIFT, SEARCH_KEY_UNIT_MS } from '../search-key';

/**
 * Booking ids that churn cannot use up. Booking ids are SQLite rowids, never reused; the only
 * ceiling on them was the search key of migration 0023 (departure_ms * 2^21 + id), which left 21
 * bits, 2 097 152 ids. A feed whose events get fresh UIDs at every refresh creates up to 500
 * bookings a refresh (FEED_LIMITS.newPerRefresh), 96 refreshes a day: 48 000 ids a day, so one such
 * feed used the space up in six weeks (a few in days) and every insert after that failed.
 *
 * The key now counts the departure in whole minutes (departures are clock times, HH:MM, so
 * nothing is lost for the order the desk shows) and gives the id 35 bits:
 *
 *   rowid = (departure_ms / 60 000) * 2^35 + booking id
 *
 * 2^35 = 34 359 738 368 ids: ten feeds churning at the cap every refresh for nearly two hundred
 * years. The largest departure the desk stores (LATEST_STORABLE_MS, below 2^42 ms) is under 2^27
 * minutes, so the key stays below 2^62, inside SQLite's signed 64 bits.
 */

const key = (b: string): string => `(${b}.departure_ms / ${SEARCH_KEY_UNIT_MS}) * ${SEARCH_KEY_SHIFT} + ${b}.id`;
const refPart = (r: string): string => `CASE WHEN instr(${r}, '@') > 0 THEN substr(${r}, 1, instr(${r}, '@') - 1) ELSE ${r} END`;

export const m0090SearchKeyMinutes: Migration = {
  version: 90,
  name: 'search-key-minutes',
  up(db) {
    db.exec(`
      DROP TRIGGER bookings_fts_insert;
      DROP TRIGGER bookings_fts_update;
      DROP TRIGGER bookings_fts_delete;
      DROP TRIGGER rooms_fts_rename;
      DELETE FROM bookings_fts;

      INSERT INTO bookings_fts (rowid, guest_name, ref, room)
        SELECT ${key('b')}, b.guest_name, ${refPart('b.ref')}, r.name FROM bookings b JOIN rooms r ON r.id = b.room_id;

      CREATE TRIGGER bookings_fts_insert AFTER INSERT ON bookings BEGIN
        SELECT RAISE(ABORT, 'booking id beyond the search key range') WHERE new.id >= ${SEARCH_KEY_SHIFT};
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (${key('new')}, new.guest_name, ${refPart('new.ref')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_update AFTER UPDATE OF guest_name, ref, room_id, departure_ms ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = ${key('old')};
        INSERT INTO bookings_fts (rowid, guest_name, ref, room)
          VALUES (${key('new')}, new.guest_name, ${refPart('new.ref')}, (SELECT name FROM rooms WHERE id = new.room_id));
      END;
      CREATE TRIGGER bookings_fts_delete AFTER DELETE ON bookings BEGIN
        DELETE FROM bookings_fts WHERE rowid = ${key('old')};
      END;
      CREATE TRIGGER rooms_fts_rename AFTER UPDATE OF name ON rooms BEGIN
        UPDATE bookings_fts SET room = new.name
          WHERE rowid IN (SELECT ${key('bookings')} FROM bookings WHERE room_id = new.id);
      END;
    `);
  },
};
