import { ReaderProfileSchema, type ReaderProfile } from '../../../../shared/cards/reader-profile';
import type { Db } from '../open';

interface Row {
  name: string;
  source: string;
  vendor_id: number | null;
  product_id: number | null;
  usage_page: number | null;
  report_mode: string | null;
  format: string;
  byte_order: string;
  leading_zeros: string;
  endpoint: string;
  calibrated_ms: number | null;
  calibration_lock_id: number | null;
  calibration_card: string | null;
}

const COLUMNS = `name, source, vendor_id, product_id, usage_page, report_mode, format, byte_order, leading_zeros, endpoint,
  calibrated_ms, calibration_lock_id, calibration_card`;

/** Which reader a profile belongs to: the keyboard, or one USB model (and interface). */
export const deviceKey = (p: ReaderProfile): string =>
  p.device ? `hid:${p.device.vendorId}:${p.device.productId}:${p.device.usagePage ?? '*'}` : 'keyboard';

function toProfile(row: Row): ReaderProfile {
  // Parsed, not cast: CHECK constraints guard the enums, the schema guards the shape.
  return ReaderProfileSchema.parse({
    name: row.name,
    source: row.source,
    device:
      row.vendor_id !== null && row.product_id !== null
        ? {
            vendorId: row.vendor_id,
            productId: row.product_id,
            reportMode: row.report_mode,
            ...(row.usage_page !== null ? { usagePage: row.usage_page } : {}),
          }
        : null,
    card: { format: row.format, byteOrder: row.byte_order, leadingZeros: row.leading_zeros, endpoint: row.endpoint },
    calibration:
      row.calibrated_ms !== null && row.calibration_lock_id !== null && row.calibration_card !== null
        ? { atMs: row.calibrated_ms, lockId: row.calibration_lock_id, cardNumber: row.calibration_card }
        : null,
  });
}

export function createReaderProfilesRepo(db: Db, now: () => number) {
  const active = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM reader_profiles WHERE active = 1`);
  const all = db.prepare<[], Row>(`SELECT ${COLUMNS} FROM reader_profiles ORDER BY updated_ms DESC`);
  const deactivate = db.prepare('UPDATE reader_profiles SET active = 0 WHERE active = 1');
  const upsert = db.prepare(
    `INSERT INTO reader_profiles (device_key, ${COLUMNS}, active, updated_ms)
     VALUES (@deviceKey, @name, @source, @vendorId, @productId, @usagePage, @reportMode, @format, @byteOrder, @leadingZeros, @endpoint,
             @calibratedMs, @calibrationLockId, @calibrationCard, 1, @updatedMs)
     ON CONFLICT (device_key) DO UPDATE SET name = excluded.name, source = excluded.source, vendor_id = excluded.vendor_id,
       product_id = excluded.product_id, usage_page = excluded.usage_page, report_mode = excluded.report_mode, format = excluded.format,
       byte_order = excluded.byte_order, leading_zeros = excluded.leading_zeros, endpoint = excluded.endpoint,
       calibrated_ms = excluded.calibrated_ms, calibration_lock_id = excluded.calibration_lock_id,
       calibration_card = excluded.calibration_card, active = 1, updated_ms = excluded.updated_ms`,
  );
  const save = db.transaction((p: ReaderProfile) => {
    deactivate.run();
    upsert.run({
      deviceKey: deviceKey(p),
      name: p.name,
      source: p.source,
      vendorId: p.device?.vendorId ?? null,
      productId: p.device?.productId ?? null,
      usagePage: p.device?.usagePage ?? null,
      reportMode: p.device?.reportMode ?? null,
      ...p.card,
      calibratedMs: p.calibration?.atMs ?? null,
      calibrationLockId: p.calibration?.lockId ?? null,
      calibrationCard: p.calibration?.cardNumber ?? null,
      updatedMs: now(),
    });
  });

  return {
    /** The profile in use, or null before the manager saved one (then defaults apply). */
    active(): ReaderProfile | null {
      const row = active.get();
      return row ? toProfile(row) : null;
    },
    list(): ReaderProfile[] {
      return all.all().map(toProfile);
    },
    /** Saves and activates, in one transaction (the previous active profile is kept, inactive). */
    save(profile: ReaderProfile): void {
      save(ReaderProfileSchema.parse(profile));
    },
  };
}
export type ReaderProfilesRepo = ReturnType<typeof createReaderProfilesRepo>;
