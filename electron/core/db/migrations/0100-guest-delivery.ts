import type { Migration } from '../migrate';

/**
 * Guest delivery (issue 18): the guest's e-mail, phone and language beside the booking; which
 * bookings the desk issued a code for by itself (so the scheduler issues once, and a clash is
 * remembered for Needs attention); and the delivery outbox. Like the lock outbox, a message is a
 * row before it is a send: `idem_key` (booking, channel, what, credential version) is UNIQUE, so
 * the same code is never queued twice, and a row found `sending` after a crash is never sent
 * blindly again. `due_ms` is on the monotonic clock, as the lock outbox's. A `reason` is a
 * catalogue message (JSON: key + params), worded in the reader's language when shown.
 */
export const m0100GuestDelivery: Migration = {
  version: 100,
  name: 'guest-delivery',
  up(db) {
    db.exec(`
      CREATE TABLE guest_contacts (
        booking_id INTEGER PRIMARY KEY REFERENCES bookings(id),
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'en',
        updated_ms INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE auto_issues (
        booking_id INTEGER PRIMARY KEY REFERENCES bookings(id),
        state TEXT NOT NULL CHECK (state IN ('issued', 'held')),
        reason TEXT CHECK (reason IS NULL OR json_valid(reason)),
        updated_ms INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE delivery_outbox (
        id INTEGER PRIMARY KEY,
        booking_id INTEGER REFERENCES bookings(id),
        channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
        kind TEXT NOT NULL CHECK (kind IN ('code', 'cancel', 'test')),
        idem_key TEXT NOT NULL UNIQUE,
        -- The credential version the message carries ('' for a cancellation or a test): checked again just before sending.
        version TEXT NOT NULL,
        recipient TEXT NOT NULL,
        language TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'superseded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        due_ms INTEGER NOT NULL,
        reason TEXT CHECK (reason IS NULL OR json_valid(reason)),
        provider_id TEXT,
        created_ms INTEGER NOT NULL,
        sent_ms INTEGER
      ) STRICT;
      CREATE INDEX delivery_outbox_due ON delivery_outbox(due_ms) WHERE state = 'queued';
      CREATE INDEX delivery_outbox_booking ON delivery_outbox(booking_id);
    `);
  },
};
