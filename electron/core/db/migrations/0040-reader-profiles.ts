import type { Migration } from '../migrate';

/**
 * Reader profiles (§12): one row per reader the desk has known, keyed by its
 * source and USB ids, so plugging an earlier reader back finds its calibration. At most one is
 * active (partial unique index): the desk never mixes reader models.
 */
export const m0040ReaderProfiles: Migration = {
  version: 40,
  name: 'reader-profiles',
  up(db) {
    db.exec(`
      CREATE TABLE reader_profiles (
        id INTEGER PRIMARY KEY,
        device_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('keyboard', 'hid')),
        vendor_id INTEGER CHECK (vendor_id BETWEEN 0 AND 65535),
        product_id INTEGER CHECK (product_id BETWEEN 0 AND 65535),
        usage_page INTEGER,
        report_mode TEXT CHECK (report_mode IN ('keyboard', 'vendor')),
        format TEXT NOT NULL CHECK (format IN ('decimal', '8h10d', 'hex')),
        byte_order TEXT NOT NULL CHECK (byte_order IN ('as-read', 'reversed')),
        leading_zeros TEXT NOT NULL CHECK (leading_zeros IN ('keep', 'strip')),
        endpoint TEXT NOT NULL CHECK (endpoint IN ('plain', 'reversed')),
        calibrated_ms INTEGER,
        calibration_lock_id INTEGER,
        calibration_card TEXT,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
        updated_ms INTEGER NOT NULL,
        CHECK ((source = 'hid') = (vendor_id IS NOT NULL AND product_id IS NOT NULL AND report_mode IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX reader_profiles_one_active ON reader_profiles(active) WHERE active = 1;
    `);
  },
};
