import { z } from 'zod';
import { ClockStatusSchema } from '../domain/clock';
import { MessageSchema } from '../messages';
import { fieldRule } from '../messages/catalog/ipc';
import { BookingDetailSchema, BookingSchema } from '../domain/booking';
import { PropertySchema } from '../domain/property';
import { CalibrationOutcomeSchema, ReadOutcomeSchema, ReaderDevicesSchema, ReaderProfileSchema, ReaderStatusSchema } from '../cards/reader-profile';
import { BookingInputSchema, BookingPatchSchema, BookingSaveResultSchema, BookingSearchSchema } from '../domain/booking-input';
import { CsvImportRequestSchema, CsvPreviewSchema, FeedRefreshResultSchema, FeedSchema, ImportCountsSchema } from '../domain/booking-import';
import { LockHealthReportSchema } from '../domain/lock-health';
import { DeskSettingsSchema, SlipPageSizeSchema } from '../domain/desk-settings';
import { RoomSchema } from '../domain/door';
import { RoomMappingSchema, SetupLockSchema, SetupStateSchema, SifelyLoginOutcomeSchema, SifelyLoginSchema, SlipPrintOutcomeSchema, SlipRequestSchema } from '../domain/setup';
import { PinSchema, StaffMemberSchema, StaffSaveSchema, StaffStatusSchema } from '../domain/staff';
import { BookingDeliverySchema, DeliverySaveSchema, DeliverySetupSchema, GuestContactSchema, GuestEmailSchema } from '../domain/delivery';
import { type ChannelName, isChannel } from './channels';

/**
 * The IPC contract: every channel the renderer may call, with its request and response schemas.
 * Channel names (`domain:verb`) are listed in channels.ts (all the preload bundles) and checked against
 * this table at compile time. Main validates every request
 * with these schemas before a handler runs; the handler table must `satisfies DeskHandlers`, so a
 * channel without a handler is a compile error.
 */

const BookingIdSchema = z.object({ bookingId: z.number().int().positive() });

/** Card numbers are decimal strings (§12 of sifely-api.md): never parsed into a JS number. */
export const CardNumberSchema = z.string().regex(/^\d{4,20}$/, fieldRule('ipc.field.cardNumber'));

const EpochMsSchema = z.number().int().min(0).max(8_640_000_000_000_000);

/** An extend / shorten / room move: at least one field. */
const StayChangeSchema = BookingIdSchema.extend({
  arrivalMs: EpochMsSchema.optional(),
  departureMs: EpochMsSchema.optional(),
  roomId: z.number().int().positive().optional(),
}).strict();

const AuditFindingSchema = z.object({ door: z.string(), kind: z.enum(['card', 'passcode']), label: z.string(), what: z.string() });
const NightAuditReportSchema = z.object({
  atMs: z.number().int(),
  locks: z.array(
    z.object({ door: z.string(), lockId: z.number().int(), cards: z.number().int(), codes: z.number().int(), nearlyFull: z.boolean(), error: z.string().nullable() }),
  ),
  zombies: z.array(AuditFindingSchema),
  missing: z.array(AuditFindingSchema),
  swept: z.number().int(),
});

const AuditEntrySchema = z.object({
  id: z.number().int(),
  atMs: z.number().int(),
  staff: z.string(),
  action: z.string(),
  bookingId: z.number().int().nullable(),
  detail: z.string(),
  detailMsg: MessageSchema.nullable(),
  result: z.enum(['ok', 'failed', 'pending']),
});

export const contract = {
  'desk:status': {
    request: z.object({}).strict(),
    response: z.object({
      property: PropertySchema,
      demo: z.boolean(),
      /** The desk's time (cloud time when the PC's clock is off): the screen's clock follows it. */
      nowMs: z.number().int(),
      clock: ClockStatusSchema,
    }),
  },
  'reader:status': { request: z.object({}).strict(), response: ReaderStatusSchema },
  'reader:devices': {
    request: z.object({}).strict(),
    response: ReaderDevicesSchema,
  },
  /** A read the renderer's keyboard wedge recognised; main applies the profile and the one-tap rule. */
  'reader:keyboard-read': {
    request: z.object({ raw: z.string().min(1).max(64) }).strict(),
    response: ReadOutcomeSchema,
  },
  'reader:calibrate': {
    request: z.object({ lockId: z.number().int().positive(), raw: z.string().min(1).max(64) }).strict(),
    response: CalibrationOutcomeSchema,
  },
  'reader:save-profile': { request: ReaderProfileSchema, response: ReaderStatusSchema },
  'booking:today': {
    request: z.object({}).strict(),
    response: z.object({
      arrivals: z.array(BookingSchema),
      inHouse: z.array(BookingSchema),
      departures: z.array(BookingSchema),
    }),
  },
  'booking:get': {
    request: BookingIdSchema.strict(),
    response: BookingDetailSchema,
  },
  'access:issue-card': {
    request: BookingIdSchema.extend({ cardNumber: CardNumberSchema }).strict(),
    response: BookingDetailSchema,
  },
  'access:check-out': {
    request: BookingIdSchema.strict(),
    response: BookingDetailSchema,
  },
  'access:issue-passcode': {
    request: BookingIdSchema.extend({ digits: z.string().regex(/^\d{4,9}$/, fieldRule('ipc.field.passcode')).optional() }).strict(),
    response: BookingDetailSchema,
  },
  'access:cancel': {
    request: BookingIdSchema.strict(),
    response: BookingDetailSchema,
  },
  'access:report-lost': {
    request: z.object({ cardNumber: CardNumberSchema }).strict(),
    response: BookingDetailSchema,
  },
  'access:card-returned': {
    request: z.object({ cardNumber: CardNumberSchema }).strict(),
    response: BookingDetailSchema,
  },
  'access:identify-card': {
    request: z.object({ cardNumber: CardNumberSchema }).strict(),
    response: z.object({ booking: BookingDetailSchema.nullable() }),
  },
  'access:preview-change': {
    request: StayChangeSchema,
    response: z.object({
      steps: z.array(
        z.object({
          door: z.string(),
          action: z.enum(['remove', 'change', 'reissue', 'add']),
          kind: z.enum(['card', 'passcode']),
          endMs: z.number().int().nullable(),
          reason: z.enum(['cancelled', 'checked-out', 'not-this-stay']).nullable(),
        }),
      ),
    }),
  },
  'access:apply-change': {
    request: StayChangeSchema,
    response: BookingDetailSchema,
  },
  'access:night-audit': {
    request: z.object({}).strict(),
    response: NightAuditReportSchema,
  },
  'outbox:status': {
    request: z.object({}).strict(),
    response: z.object({ queued: z.number().int(), sending: z.number().int(), done: z.number().int(), gaveUp: z.number().int() }),
  },
  'audit:list': {
    request: z
      .object({ bookingId: z.number().int().positive().optional(), action: z.string().max(40).optional(), limit: z.number().int().min(1).max(1000).optional() })
      .strict(),
    response: z.object({ entries: z.array(AuditEntrySchema) }),
  },
  'booking:search': {
    request: BookingSearchSchema.strict(),
    response: z.object({ bookings: z.array(BookingSchema) }),
  },
  'booking:create': { request: BookingInputSchema.strict(), response: BookingSaveResultSchema },
  'booking:update': { request: BookingPatchSchema.strict(), response: BookingSaveResultSchema },
  'import:csv-preview': { request: CsvImportRequestSchema.strict(), response: CsvPreviewSchema },
  'import:csv-commit': { request: CsvImportRequestSchema.strict(), response: z.object({ counts: ImportCountsSchema }) },
  'feed:list': { request: z.object({}).strict(), response: z.object({ feeds: z.array(FeedSchema) }) },
  'feed:add': {
    request: z
      .object({
        roomId: z.number().int().positive(),
        name: z.string().trim().min(1).max(60),
        url: z.string().url().max(2000).refine((u) => /^https?:\/\//i.test(u), 'a feed address starts with https://'),
        refreshNow: z.boolean().default(true),
      })
      .strict(),
    response: FeedSchema,
  },
  'feed:refresh': {
    request: z.object({ feedId: z.number().int().positive().optional() }).strict(),
    response: z.object({ results: z.array(FeedRefreshResultSchema) }),
  },
  /** Battery, gateway and pending work per door, from a background cache; `refresh` asks the cloud now (rate-capped). */
  'lock:health': { request: z.object({ refresh: z.boolean().default(false) }).strict(), response: LockHealthReportSchema },
  /** Manager-only: opens one door now through its gateway (§10.16); the lock relocks itself. Audited. */
  'lock:unlock': { request: z.object({ doorId: z.number().int().positive() }).strict(), response: z.object({ doorId: z.number().int(), doorName: z.string(), atMs: z.number().int() }) },
  /** The guest slip as HTML (preview); `slip:print` prints it in Electron or returns it for the browser's print view. */
  'slip:render': { request: SlipRequestSchema, response: z.object({ html: z.string(), pageSize: SlipPageSizeSchema }) },
  'slip:print': { request: SlipRequestSchema, response: SlipPrintOutcomeSchema },
  /** What a slip prints in unless the clerk picks otherwise: the property's settings, for the slip dialog (any staff; setup:state is manager-only). */
  'slip:options': { request: z.object({}).strict(), response: DeskSettingsSchema.pick({ language: true, pageSize: true }) },
  /** Staff PIN lock. Never returns a PIN or its hash. */
  'staff:status': { request: z.object({}).strict(), response: StaffStatusSchema },
  'staff:unlock': { request: z.object({ staffId: z.number().int().positive(), pin: PinSchema }).strict(), response: StaffStatusSchema },
  'staff:lock': { request: z.object({}).strict(), response: StaffStatusSchema },
  'staff:activity': { request: z.object({}).strict(), response: z.object({ locked: z.boolean() }) },
  'staff:list': { request: z.object({}).strict(), response: z.object({ members: z.array(StaffMemberSchema) }) },
  'staff:save': { request: StaffSaveSchema, response: StaffMemberSchema },
  /** The signed-in member changes their own PIN, proving the current one (counted like an unlock). A manager resets anyone's with staff:save. */
  'staff:change-pin': { request: z.object({ currentPin: PinSchema, newPin: PinSchema }).strict(), response: z.object({ changed: z.literal(true) }) },
  'staff:remove': { request: z.object({ id: z.number().int().positive() }).strict(), response: z.object({ members: z.array(StaffMemberSchema) }) },
  /** The manager's setup wizard (manager-only in the core). The Sifely password goes in once and never comes back. */
  'setup:state': { request: z.object({}).strict(), response: SetupStateSchema },
  'setup:sifely-login': { request: SifelyLoginSchema, response: SifelyLoginOutcomeSchema },
  'setup:locks': { request: z.object({}).strict(), response: z.object({ locks: z.array(SetupLockSchema) }) },
  'setup:save-room': { request: RoomMappingSchema, response: RoomSchema },
  'setup:save-property': { request: PropertySchema.strict(), response: PropertySchema },
  'setup:save-settings': { request: DeskSettingsSchema.partial().strict(), response: DeskSettingsSchema },
  'setup:printers': { request: z.object({}).strict(), response: z.object({ printers: z.array(z.object({ name: z.string(), displayName: z.string() })) }) },
  /** The manager's "Quit the desk" (manager-only, like every setup:*): the installed kiosk refuses Alt+F4 and window closes, so this is its way out. */
  'setup:quit-desk': { request: z.object({}).strict(), response: z.object({ quitting: z.literal(true) }) },
  /** Guest delivery of one booking: contact, automatic code, messages and their states, the text to copy and its QR. */
  'delivery:state': { request: BookingIdSchema.strict(), response: BookingDeliverySchema },
  'delivery:save-contact': { request: BookingIdSchema.extend(GuestContactSchema.shape).strict(), response: BookingDeliverySchema },
  /** Sends the code confirmed on the locks again (a new message, by every channel the guest has). */
  'delivery:resend': { request: BookingIdSchema.strict(), response: BookingDeliverySchema },
  /** Manager-only (setup:*): the SMTP server, the SMS provider, policies per source and templates. Secrets go in, never come back. */
  'setup:delivery': { request: z.object({}).strict(), response: DeliverySetupSchema },
  'setup:save-delivery': { request: DeliverySaveSchema, response: DeliverySetupSchema },
  'setup:test-email': { request: z.object({ to: GuestEmailSchema.refine((s) => s !== '', fieldRule('ipc.field.email')) }).strict(), response: z.object({ message: MessageSchema }) },
} as const satisfies { [C in ChannelName]: { request: z.ZodType; response: z.ZodType } };

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;

/** Names live in channels.ts (the preload's only import); the `satisfies` above ties them to this table. */
export { isChannel };
