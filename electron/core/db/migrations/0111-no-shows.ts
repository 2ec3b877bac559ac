import type { Migration } from '../migrate';

/**
 * Stays the desk marked as no-shows: the booking itself is cancelled (so it holds no room and its
 * access is revoked), and this row says why, when and who, for the lists and the channel's bill.
 */
export const m0111NoShows: Migration = {
  version: 111,
  name: 'no-shows',
  up(db) {
    db.exec(`
      CREATE TABLE booking_no_shows (
        booking_id INTEGER PRIMARY KEY REFERENCES bookings(id) ON DELETE CASCADE,
        marked_ms INTEGER NOT NULL,
        staff TEXT NOT NULL
      ) STRICT;
    `);
  },
};
