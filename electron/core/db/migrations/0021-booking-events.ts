import type { Migration } from '../migrate';

/**
 * The durable hand-off from bookings to the access engine: every change of a booking's dates,
 * room or status writes one row here in the same transaction as the change, so a crash between
 * "booking moved" and "credentials moved" loses nothing. The engine consumes rows in id order and
 * sets consumed_ms. AUTOINCREMENT so ids never go backwards, even after old rows are pruned.
 */
export const m0021BookingEvents: Migration = {
  version: 21,
  name: 'booking-events',
  up(db) {
    db.exec(`
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
    `);
  },
};
