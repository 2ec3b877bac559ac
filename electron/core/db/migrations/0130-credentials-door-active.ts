import type { Migration } from '../migrate';

/**
 * The live credentials of one door. Every issue asks it (who else holds the room, which digits are
 * taken on a shared door), and without it each ask walked every active credential of the property
 * and kept one door's. Partial, so it holds only what may be on a lock, not years of history, and
 * covering for the taken digits (secret), which are read without the table.
 */
export const m0130CredentialsDoorActive: Migration = {
  version: 130,
  name: 'credentials-door-active',
  up(db) {
    db.exec(`
      CREATE INDEX credentials_door_active ON credentials(door_id, kind, secret)
        WHERE state IN ('pending', 'issued', 'revoking');
    `);
  },
};
