import type { Migration } from '../migrate';

/**
 * The guest and room an audit entry was about, as they were when it was written (a later room move
 * or rename does not rewrite history). Older rows fall back to the booking's current guest and room.
 */
export const m0120AuditGuestRoom: Migration = {
  version: 120,
  name: 'audit-guest-room',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN guest_name TEXT;
      ALTER TABLE audit_log ADD COLUMN room_name TEXT;
      CREATE INDEX audit_staff ON audit_log(staff);
    `);
  },
};
