import { DeliverySettingsSchema, type DeliverySettings } from '../../../../shared/domain/delivery';
import type { Db } from '../open';

const KEY = 'delivery';

/**
 * The delivery settings live in desk_settings under one key of their own (the settings repo skips
 * keys it does not know). A damaged value falls back to `defaults`, reported to `warn` (the
 * caller's logger: repos know only the database), like every setting. Read once, then cached.
 */
export function createDeliverySettingsRepo(
  db: Db,
  now: () => number,
  defaults: DeliverySettings,
  warn: (message: string) => void = () => {},
) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM desk_settings WHERE key = ?');
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO desk_settings (key, value, updated_ms) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms',
  );
  let cached: DeliverySettings | null = null;
  return {
    get(): DeliverySettings {
      if (cached) return cached;
      const row = select.get(KEY);
      let value = defaults;
      if (row) {
        const parsed = DeliverySettingsSchema.safeParse(JSON.parse(row.value));
        if (parsed.success) value = parsed.data;
        else warn('delivery settings are not valid; using the defaults');
      }
      cached = value;
      return value;
    },
    save(settings: DeliverySettings): DeliverySettings {
      const next = DeliverySettingsSchema.parse(settings);
      upsert.run(KEY, JSON.stringify(next), now());
      cached = next;
      return next;
    },
  };
}
export type DeliverySettingsRepo = ReturnType<typeof createDeliverySettingsRepo>;
