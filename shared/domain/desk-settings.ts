import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';
import { LANGUAGE_CODES } from '../messages/languages';

/** What the slip's QR code can carry, in UTF-8 bytes (electron/core/slip/qr.ts: 411 with the UTF-8 marker). */
export const QR_MAX_BYTES = 400;

export const SlipPageSizeSchema = z.enum(['80mm', 'A4']);
export type SlipPageSizeName = z.infer<typeof SlipPageSizeSchema>;

/** The manager's desk settings (setup wizard). Every field has a default, so a new desk works. */
export const DeskSettingsSchema = z.object({
  /** The OS printer for slips; null → a PDF file (Electron) or the browser's print dialog (preview). */
  printerName: z.string().trim().min(1).max(200).nullable(),
  pageSize: SlipPageSizeSchema,
  /** Printed under the codes: Wi-Fi, breakfast hours, a phone number. */
  houseText: z.string().max(600),
  /** Encoded as a QR code on the slip (e.g. `WIFI:T:WPA;S:name;P:password;;` or a web address); empty → no QR. */
  qrText: z
    .string()
    .max(300)
    // The slip's QR encoder holds up to ~410 UTF-8 bytes (qr.ts, version 15); 300 accented or
    // non-Latin characters can be more, which would stop every slip from printing.
    .refine((t) => new TextEncoder().encode(t).length <= QR_MAX_BYTES, fieldRule('ipc.field.qrTooLong')),
  /** Digits of a new guest passcode (the lock allows 4–9, §10.11). */
  passcodeLength: z.number().int().min(4).max(9),
  /** Minutes without activity before the desk asks for a PIN again. */
  idleLockMinutes: z.number().int().min(1).max(240),
  /**
   * The language slips print in unless the clerk picks another for a guest. Settings are stored one
   * key per row and a missing row takes its default (settings.repo.ts), so desks set up before this
   * field print in English as before.
   */
  language: z.enum(LANGUAGE_CODES),
  /**
   * The one host on the hotel's network a booking feed may be fetched from (a NAS or PMS with the
   * property's calendar), by name as written in the feed's address; null → feeds reach the
   * internet only (electron/core/bookings/feed-address.ts). Never this PC's loopback or link-local.
   */
  feedLanHost: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/, fieldRule('ipc.field.feedHost'))
    .nullable(),
});
export type DeskSettings = z.infer<typeof DeskSettingsSchema>;

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  printerName: null,
  pageSize: '80mm',
  houseText: '',
  qrText: '',
  passcodeLength: 6,
  idleLockMinutes: 5,
  language: 'en',
  feedLanHost: null,
};
