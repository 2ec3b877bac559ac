import type { Migration } from '../migrate';

/**
 * A delete the gateway confirmed counts as revoked at once (the lock was told); checking the
 * lock's own list becomes its own background operation, 'verify', so the clerk-facing delete does
 * not wait for a list call and several revocations on one lock share one list. SQLite cannot
 * change a CHECK constraint, so the outbox table is rebuilt with the same rows and ids.
 */
export const m0060OutboxVerify: Migration = {
  version: 60,
  name: 'outbox-verify',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_new (
        id INTEGER PRIMARY KEY,
        credential_id INTEGER NOT NULL REFERENCES credentials(id),
        op TEXT NOT NULL CHECK (op IN ('add', 'change', 'delete', 'verify')),
        args TEXT NOT NULL DEFAULT '{}',
        priority INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'gave_up')),
        attempts INTEGER NOT NULL DEFAULT 0,
        unclear INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL,
        last_error TEXT,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
      ) STRICT;
      INSERT INTO outbox_new SELECT id, credential_id, op, args, priority, state, attempts, unclear, next_attempt_ms, last_error, created_ms, updated_ms FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_new RENAME TO outbox;
      CREATE INDEX outbox_due ON outbox(state, priority, next_attempt_ms);
      CREATE INDEX outbox_credential ON outbox(credential_id, id);
    `);
  },
};
