import type { Migration } from '../migrate';

/**
 * Staff members with salted scrypt PIN hashes, and the manager's desk settings as typed JSON
 * values keyed by name (each value is validated by its zod schema when read, so a bad row falls
 * back to the default instead of breaking the desk). `pin_kdf` names the hash parameters so they
 * can be raised later without invalidating existing PINs.
 */
export const m0050StaffAndSettings: Migration = {
  version: 50,
  name: 'staff-and-settings',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('desk', 'manager')),
        pin_kdf TEXT NOT NULL,
        pin_salt BLOB NOT NULL CHECK (length(pin_salt) >= 16),
        pin_hash BLOB NOT NULL CHECK (length(pin_hash) >= 32),
        updated_ms INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE desk_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_ms INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
