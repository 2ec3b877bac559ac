import { z } from 'zod';
import { fieldRule } from '../messages/catalog/ipc';
import { MessageSchema } from '../messages';
import { LANGUAGE_CODES } from '../messages/languages';
import { DeskSettingsSchema, SlipPageSizeSchema } from './desk-settings';
import { DoorSchema, RoomSchema } from './door';
import { PropertySchema } from './property';

/** Everything the setup wizard shows. Never a password: the account name only. */
export const SetupStateSchema = z.object({
  property: PropertySchema.nullable(),
  demo: z.boolean(),
  /** The Sifely account signed in during this run (preview) — null when none. */
  account: z.string().nullable(),
  settings: DeskSettingsSchema,
  rooms: z.array(RoomSchema),
  doors: z.array(DoorSchema),
  /** True in Electron (silent printing); false in the preview (the browser's print dialog). */
  canPrint: z.boolean(),
  /** True in Electron (the shell can quit the desk); false in the preview (close the browser tab). */
  canQuit: z.boolean(),
});
export type SetupState = z.infer<typeof SetupStateSchema>;

export const SifelyLoginSchema = z
  .object({
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .optional(),
    account: z.string().trim().min(1, fieldRule('ipc.field.account')).max(200),
    password: z.string().min(1, fieldRule('ipc.field.password')).max(200),
  })
  .strict();

export const SifelyLoginOutcomeSchema = z.object({
  account: z.string(),
  locks: z.number().int(),
  stored: z.enum(['encrypted', 'memory']),
  restartRequired: z.boolean(),
});

export const SetupLockSchema = z.object({
  lockId: z.number().int(),
  name: z.string(),
  battery: z.number().int().nullable(),
  hasGateway: z.boolean(),
  /** How the desk uses this lock now; null = not mapped yet. */
  door: DoorSchema.nullable(),
});
export type SetupLock = z.infer<typeof SetupLockSchema>;

const LockRefSchema = z.object({ lockId: z.number().int().positive(), name: z.string().trim().min(1).max(60) }).strict();

export const RoomMappingSchema = z
  .object({
    roomId: z.number().int().positive().optional(),
    name: z.string().trim().min(1, fieldRule('ipc.field.roomName')).max(40),
    door: LockRefSchema,
    sharedDoors: z.array(LockRefSchema).max(20),
  })
  .strict();

/** `language` is the guest's, chosen at print time; absent → the property's slip language (settings). */
export const SlipRequestSchema = z
  .object({ bookingId: z.number().int().positive(), pageSize: SlipPageSizeSchema.optional(), language: z.enum(LANGUAGE_CODES).optional() })
  .strict();

export const SlipPrintOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('printed'), printer: z.string() }),
  /** Spooled, but the printer's state cannot be read (Windows): not known to have printed; a PDF copy is at `file`, `note` says so. */
  z.object({ kind: z.literal('sent'), printer: z.string(), file: z.string(), note: MessageSchema }),
  /** Not printed: `reason` says why. */
  z.object({ kind: z.literal('pdf'), file: z.string(), reason: MessageSchema }),
  z.object({ kind: z.literal('preview'), html: z.string(), pageSize: SlipPageSizeSchema }),
]);
