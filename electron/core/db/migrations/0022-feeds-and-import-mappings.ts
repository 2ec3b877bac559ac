import type { Migration } from '../migrate';

/**
 * iCal feeds (one URL per room, as Airbnb / Booking.com / VRBO export them) with their last
 * outcome, so a broken feed is shown per feed and never silently wipes bookings; and the CSV
 * column mapping remembered per source, so the second import from the same tool is one click.
 */
export const m0022FeedsAndImportMappings: Migration = {
  version: 22,
  name: 'feeds-and-import-mappings',
  up(db) {
    db.exec(`
      CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        room_id INTEGER NOT NULL REFERENCES rooms(id),
        name TEXT NOT NULL,
        url TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        last_attempt_ms INTEGER,
        last_success_ms INTEGER,
        last_error TEXT,
        last_error_ms INTEGER,
        last_event_count INTEGER,
        created_ms INTEGER NOT NULL,
        UNIQUE (room_id, url)
      ) STRICT;

      CREATE TABLE import_mappings (
        source TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL CHECK (json_valid(mapping_json)),
        updated_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
