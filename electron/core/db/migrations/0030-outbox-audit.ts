import type { Migration } from '../migrate';

/**
 * The access engine's durable side: every remote operation is an outbox row written in the same
 * transaction as the credential state it serves, and every staff action lands in the audit log.
 * Credentials learn which Sifely variant they are (custom/offline passcode, plain/reversed card)
 * and when the lock was last seen to agree with them.
 */
export const m0030OutboxAudit: Migration = {
  version: 30,
  name: 'outbox-audit',
  up(db) {
    db.exec(`
      ALTER TABLE credentials ADD COLUMN variant TEXT NOT NULL DEFAULT 'plain'
        CHECK (variant IN ('plain', 'reversed', 'custom', 'offline'));
      ALTER TABLE credentials ADD COLUMN verified_ms INTEGER;
      CREATE INDEX credentials_state ON credentials(state);

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        credential_id INTEGER NOT NULL REFERENCES credentials(id),
        op TEXT NOT NULL CHECK (op IN ('add', 'change', 'delete')),
        -- JSON of what the operation needs beyond the credential row (new dates for a change…).
        args TEXT NOT NULL DEFAULT '{}',
        -- 0: a clerk is waiting; 1: background (sweeps, automatic booking changes).
        priority INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'done', 'gave_up')),
        attempts INTEGER NOT NULL DEFAULT 0,
        -- Set when an attempt may have reached the cloud without an answer: the next attempt
        -- looks on the lock (by the credential's unique label) before sending again.
        unclear INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL,
        last_error TEXT,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox(state, priority, next_attempt_ms);
      CREATE INDEX outbox_credential ON outbox(credential_id, id);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at_ms INTEGER NOT NULL,
        staff TEXT NOT NULL,
        action TEXT NOT NULL,
        booking_id INTEGER,
        detail TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL CHECK (result IN ('ok', 'failed', 'pending'))
      ) STRICT;
      CREATE INDEX audit_at ON audit_log(at_ms);
      CREATE INDEX audit_booking ON audit_log(booking_id);
    `);
  },
};
