import type { Migration } from '../migrate';

/**
 * Why a feed's last refresh failed, as a catalogue message (JSON: key + params) so the desk words
 * it in the clerk's language; `last_error` keeps the English sentence for older readers and the
 * log. Rows written before this have only `last_error`, which is then shown as it is.
 */
export const m0071FeedErrorMessage: Migration = {
  version: 71,
  name: 'feed-error-message',
  up(db) {
    db.exec('ALTER TABLE feeds ADD COLUMN last_error_msg TEXT');
  },
};
