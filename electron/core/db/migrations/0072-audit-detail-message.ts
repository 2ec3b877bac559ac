import type { Migration } from '../migrate';

/**
 * The audit note as a catalogue message (JSON: key + params) beside its English `detail`, so the
 * manager reads the log in the desk's language. Older rows have only `detail`, shown as it is.
 */
export const m0072AuditDetailMessage: Migration = {
  version: 72,
  name: 'audit-detail-message',
  up(db) {
    db.exec('ALTER TABLE audit_log ADD COLUMN detail_msg TEXT');
  },
};
