import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';
import { MessageSchema } from '../messages';
import { CardProfileSchema, DEFAULT_CARD_PROFILE } from './profile';

/**
 * A desk reader: where its reads come from (the keyboard wedge, or a HID device opened by id) and
 * the card profile that turns them into lock-list numbers. One is active at a time: §12 warns
 * against mixing reader models once calibrated.
 */
export const ReaderSourceSchema = z.enum(['keyboard', 'hid']);
export type ReaderSource = z.infer<typeof ReaderSourceSchema>;

const u16 = z.number().int().min(0).max(0xffff);

export const ReaderDeviceSchema = z.object({
  vendorId: u16,
  productId: u16,
  /** Picks the interface of a multi-interface reader; absent = the first match. */
  usagePage: u16.optional(),
  /** Keyboard boot reports, or vendor reports carrying the UID bytes. */
  reportMode: z.enum(['keyboard', 'vendor']),
});
export type ReaderDevice = z.infer<typeof ReaderDeviceSchema>;

export const CalibrationRecordSchema = z.object({
  atMs: z.number().int(),
  lockId: z.number().int().positive(),
  /** The number the lock listed for the test card. */
  cardNumber: z.string(),
});

export const ReaderProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    source: ReaderSourceSchema,
    device: ReaderDeviceSchema.nullable(),
    card: CardProfileSchema,
    calibration: CalibrationRecordSchema.nullable(),
  })
  .refine((p) => (p.source === 'hid') === (p.device !== null), { message: fieldRule('ipc.field.hidReader') });
export type ReaderProfile = z.infer<typeof ReaderProfileSchema>;

export const DEFAULT_READER_PROFILE: ReaderProfile = {
  name: 'Keyboard reader (not calibrated)',
  source: 'keyboard',
  device: null,
  card: DEFAULT_CARD_PROFILE,
  calibration: null,
};

export const HidDeviceSchema = z.object({
  vendorId: u16,
  productId: u16,
  product: z.string().nullable(),
  manufacturer: z.string().nullable(),
  usagePage: z.number().int().nullable(),
  usage: z.number().int().nullable(),
  interface: z.number().int(),
});
export type HidDevice = z.infer<typeof HidDeviceSchema>;

/**
 * Where one read came from: the reader (USB HID or keyboard wedge), demo mode's "tap a demo card"
 * (the same decoding as a real tap), or a manager typing the card number for a broken reader.
 */
export const ReadSourceSchema = z.enum(['keyboard', 'hid', 'demo', 'typed']);
export type ReadSource = z.infer<typeof ReadSourceSchema>;

export const LastReadSchema = z.object({
  atMs: z.number().int(),
  source: ReadSourceSchema,
  raw: z.string(),
  /** The lock-list number, or null when the read was refused (then `reason` says why). */
  cardNumber: z.string().nullable(),
  /** Why the read was refused, worded in the clerk's language by the renderer. */
  reason: MessageSchema.nullable(),
});
export type LastRead = z.infer<typeof LastReadSchema>;

export const ReaderStatusSchema = z.object({
  profile: ReaderProfileSchema,
  /** Where cards come from now: HID when the configured device is open, else the keyboard. */
  activeSource: ReaderSourceSchema,
  hid: z.object({
    state: z.enum(['off', 'searching', 'open']),
    device: HidDeviceSchema.nullable(),
    /** Why the reader is not open, worded in the clerk's language by the renderer. */
    problem: MessageSchema.nullable(),
  }),
  lastRead: LastReadSchema.nullable(),
  /** Doors whose locks can be used for calibration. */
  locks: z.array(z.object({ lockId: z.number().int(), name: z.string() })),
});
export type ReaderStatus = z.infer<typeof ReaderStatusSchema>;

export const CalibrationOutcomeSchema = z.object({
  listedCards: z.number().int(),
  matches: z.array(
    z.object({
      card: CardProfileSchema.omit({ endpoint: true }),
      cardNumber: z.string(),
      cardName: z.string().nullable(),
    }),
  ),
  undecided: z.array(z.enum(['format', 'byteOrder', 'leadingZeros'])),
});
export type CalibrationOutcome = z.infer<typeof CalibrationOutcomeSchema>;

/** What `reader:devices` answers: the USB devices, or why they cannot be listed. */
export const ReaderDevicesSchema = z.object({
  devices: z.array(HidDeviceSchema),
  problem: MessageSchema.nullable(),
});
export type ReaderDevices = z.infer<typeof ReaderDevicesSchema>;

/** What `reader:keyboard-read` answers: the card, or why the read was not taken as a new tap. */
export const ReadOutcomeSchema = z.object({
  accepted: z.boolean(),
  cardNumber: z.string().nullable(),
  reason: MessageSchema.nullable(),
});
export type ReadOutcome = z.infer<typeof ReadOutcomeSchema>;
