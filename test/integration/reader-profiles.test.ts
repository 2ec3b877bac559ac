import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createReaderProfilesRepo } from '../../electron/core/db/repos/reader-profiles.repo';
import { DEFAULT_READER_PROFILE, type ReaderProfile } from '../../shared/cards/reader-profile';

describe('migration 0040: reader profiles', () => {
  it('keeps one active profile per desk and remembers earlier readers', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(40);
    const repo = createReaderProfilesRepo(db, () => 1);
    expect(repo.active()).toBeNull();
    const usb: ReaderProfile = {
      name: 'USB reader',
      source: 'hid',
      device: { vendorId: 0xffff, productId: 0x35, usagePage: 0xff00, reportMode: 'vendor' },
      card: { format: 'hex', byteOrder: 'reversed', leadingZeros: 'strip', endpoint: 'reversed' },
      calibration: { atMs: 5, lockId: 7, cardNumber: '1723612378' },
    };
    repo.save(DEFAULT_READER_PROFILE);
    repo.save(usb);
    expect(repo.active()).toEqual(usb);
    repo.save({ ...DEFAULT_READER_PROFILE, name: 'Back to the keyboard' });
    expect(repo.active()?.name).toBe('Back to the keyboard');
    expect(repo.list()).toHaveLength(2); // the keyboard row was updated, the USB reader kept
    expect(db.prepare('SELECT COUNT(*) AS n FROM reader_profiles WHERE active = 1').get()).toEqual({ n: 1 });
  });

  it('refuses a HID row without USB ids and unknown formats at the table', () => {
    const db = openDatabase(':memory:');
    const insert = (source: string, vid: number | null, format: string) =>
      db
        .prepare(
          `INSERT INTO reader_profiles (device_key, name, source, vendor_id, product_id, report_mode, format, byte_order, leading_zeros, endpoint, updated_ms)
           VALUES (?, 'r', ?, ?, 1, 'keyboard', ?, 'as-read', 'keep', 'plain', 0)`,
        )
        .run(`k${Math.random()}`, source, vid, format);
    expect(() => insert('hid', null, 'hex')).toThrow(/CHECK/);
    expect(() => insert('hid', 1, 'w26')).toThrow(/CHECK/);
    expect(() => insert('hid', 1, 'hex')).not.toThrow();
  });
});
