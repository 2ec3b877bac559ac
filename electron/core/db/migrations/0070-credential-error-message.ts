import type { Migration } from '../migrate';

/**
 * Why a credential is pending or failed, as a catalogue message (JSON: key + params) so the desk
 * words it in the clerk's language; `error` keeps the English sentence for older readers and the
 * log. Rows written before this have only `error`, which the renderer then shows as it is.
 */
export const m0070CredentialErrorMessage: Migration = {
  version: 70,
  name: 'credential-error-message',
  up(db) {
    db.exec('ALTER TABLE credentials ADD COLUMN error_msg TEXT');
  },
};
