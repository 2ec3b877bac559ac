import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * `<userData>/kiosk.json`, written by the manager (or the installer's IT person) to change how the
 * shell behaves on this PC. Unknown or malformed content falls back to the defaults with a reason,
 * never a crash at start.
 */
export const KioskSettingsSchema = z
  .object({
    /** Full screen kiosk, no window frame. Default: on in the installed app, off in development. */
    kiosk: z.boolean().optional(),
    /** Start the desk when Windows starts (app.setLoginItemSettings). Default: on in the installed app. */
    startAtLogin: z.boolean().optional(),
  })
  .strict();

export interface KioskSettings {
  kiosk: boolean;
  startAtLogin: boolean;
}

export function loadKioskSettings(file: string, production: boolean): { settings: KioskSettings; problem?: string } {
  const defaults: KioskSettings = { kiosk: production, startAtLogin: production };
  if (!existsSync(file)) return { settings: defaults };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { settings: defaults, problem: `${file} is not valid JSON (${e instanceof Error ? e.message : String(e)}); using the defaults` };
  }
  const parsed = KioskSettingsSchema.safeParse(raw);
  if (!parsed.success)
    return {
      settings: defaults,
      problem: `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}; using the defaults`,
    };
  return { settings: { ...defaults, ...parsed.data } };
}
