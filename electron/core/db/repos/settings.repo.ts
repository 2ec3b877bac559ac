import { DEFAULT_DESK_SETTINGS, DeskSettingsSchema, type DeskSettings } from '../../../../shared/domain/desk-settings';
import type { Db } from '../open';

/**
 * The manager's settings, one JSON value per key. Each value is checked against its schema on
 * read: a damaged or outdated row falls back to the default (and is logged) rather than stopping
 * the desk. `warn` is the caller's logger (repos know only the database).
 */
export function createSettingsRepo(db: Db, now: () => number, warn: (message: string) => void = () => {}) {
  const select = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM desk_settings');
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO desk_settings (key, value, updated_ms) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms',
  );
  const shape = DeskSettingsSchema.shape;

  // Read on every action (who is signed in and when they go idle, the passcode length): parsed
  // once and kept until a save. This repo is the only writer of these keys.
  let cached: Readonly<DeskSettings> | null = null;

  function read(): DeskSettings {
    const out: Record<string, unknown> = { ...DEFAULT_DESK_SETTINGS };
    for (const { key, value } of select.all()) {
      if (!(key in shape)) continue;
      const parsed = shape[key as keyof DeskSettings].safeParse(JSON.parse(value));
      if (parsed.success) out[key] = parsed.data;
      else warn(`setting ${key} is not valid; using the default`);
    }
    return DeskSettingsSchema.parse(out);
  }

  function get(): DeskSettings {
    cached ??= Object.freeze(read());
    return { ...cached };
  }

  return {
    get,
    save(patch: Partial<DeskSettings>): DeskSettings {
      const next = DeskSettingsSchema.parse({ ...get(), ...patch });
      cached = null;
      db.transaction(() => {
        for (const key of Object.keys(patch) as (keyof DeskSettings)[]) upsert.run(key, JSON.stringify(next[key]), now());
      })();
      return next;
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
