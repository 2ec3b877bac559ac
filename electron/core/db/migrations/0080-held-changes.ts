import type { Migration } from '../migrate';

/**
 * Changes from a feed or CSV file that would give a guest's issued access more (a later departure,
 * an earlier arrival, another room) or take it from a guest in house (a cancellation): kept here
 * until a clerk confirms or rejects them (issue 15, rule 4). One per booking: a newer proposal from
 * the source replaces the older. A rejected one stays, so the next refresh of the same feed does
 * not ask again for the very change the clerk turned down.
 */
export const m0080HeldChanges: Migration = {
  version: 80,
  name: 'held-changes',
  up(db) {
    db.exec(`CREATE TABLE held_changes (
      id INTEGER PRIMARY KEY,
      booking_id INTEGER NOT NULL UNIQUE REFERENCES bookings(id),
      source TEXT NOT NULL,
      room_id INTEGER NOT NULL REFERENCES rooms(id),
      arrival_ms INTEGER NOT NULL,
      departure_ms INTEGER NOT NULL,
      cancel INTEGER NOT NULL CHECK (cancel IN (0, 1)),
      state TEXT NOT NULL CHECK (state IN ('waiting', 'rejected')),
      created_ms INTEGER NOT NULL
    )`);
  },
};
