import { z } from 'zod';
import { RoomTypeSchema } from '../domain/room-type';
import { ClockStatusSchema } from '../domain/clock';
import { MessageSchema } from '../messages';
import { LANGUAGE_CODES } from '../messages/languages';
import { fieldRule } from '../messages/catalog/ipc';
import { AttentionItemSchema } from '../domain/attention';
import { BookingDetailSchema, BookingSchema } from '../domain/booking';
import { PropertySchema } from '../domain/property';
import {
  CalibrationOutcomeSchema,
  ReadOutcomeSchema,
  ReaderDevicesSchema,
  ReaderProfileSchema,
  ReaderStatusSchema,
} from '../cards/reader-profile';
import { BookingInputSchema, BookingPatchSchema, BookingSaveResultSchema, BookingSearchSchema } from '../domain/booking-input';
import {
  CsvImportRequestSchema,
  CsvPreviewSchema,
  FeedRefreshResultSchema,
  FeedSchema,
  ImportCountsSchema,
} from '../domain/booking-import';
import { LockHealthReportSchema } from '../domain/lock-health';
import { RoomGridSchema } from '../domain/room-grid';
import { BookingLogSchema, DoorLogPageSchema } from '../domain/door-log';
import { DeskSettingsSchema, SlipPageSizeSchema } from '../domain/desk-settings';
import { RoomSchema } from '../domain/door';
import {
  RoomMappingSchema,
  SetupLockSchema,
  SetupStateSchema,
  SifelyLoginOutcomeSchema,
  SifelyLoginSchema,
  SlipPrintOutcomeSchema,
  SlipRequestSchema,
} from '../domain/setup';
import { PinSchema, StaffMemberSchema, StaffSaveSchema, StaffStatusSchema } from '../domain/staff';
import { BookingDeliverySchema, DeliverySaveSchema, DeliverySetupSchema, GuestContactSchema, GuestEmailSchema } from '../domain/delivery';

/**
 * The IPC contract, the one place a channel is declared: its name (`domain:verb`), who may call it
 * and the schemas of its request and response. Everything else derives from this table: the channel
 * names (names.ts, and through it the preload's allow-list), the access check in the core
 * (staff/policy.ts) and the handlers' types (ipc/dispatch.ts), so a channel without a handler, or a
 * handler without a channel, is a compile error. Main validates every request with these schemas
 * before a handler runs.
 *
 * Access: `open` works on a locked desk (the lock screen itself and the status line); `staff` needs
 * any signed-in member; `manager` is setup, settings, staff, reader calibration, opening a door
 * remotely and adding a booking feed (the desk fetches whatever address a feed names).
 */
export const ACCESS_LEVELS = ['open', 'staff', 'manager'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

interface ContractEntry {
  access: AccessLevel;
  request: z.ZodType;
  response: z.ZodType;
}

const BookingIdSchema = z.object({ bookingId: z.number().int().positive() });

/** Card numbers are decimal strings (§12): never parsed into a JS number. */
export const CardNumberSchema = z.string().regex(/^\d{4,20}$/, fieldRule('ipc.field.cardNumber'));

const EpochMsSchema = z.number().int().min(0).max(8_640_000_000_000_000);

/** An extend / shorten / room move: at least one field. */
const StayChangeSchema = BookingIdSchema.extend({
  arrivalMs: EpochMsSchema.optional(),
  departureMs: EpochMsSchema.optional(),
  roomId: z.number().int().positive().optional(),
}).strict();

/** One door's part of a planned stay change, for the clerk's preview (the renderer words it). */
export const PlannedStepSchema = z.object({
  door: z.string(),
  action: z.enum(['remove', 'change', 'reissue', 'add']),
  kind: z.enum(['card', 'passcode']),
  /** The card number or code digits the step is about ('' for a code not yet drawn), so the preview says which one. */
  secret: z.string(),
  /** The new end of validity; null for a removal. */
  endMs: z.number().int().nullable(),
  /** Why a credential is removed. */
  reason: z.enum(['cancelled', 'checked-out', 'not-this-stay']).nullable(),
});
export type PlannedStep = z.infer<typeof PlannedStepSchema>;

const ReconcileFindingSchema = z.object({ door: z.string(), kind: z.enum(['card', 'passcode']), label: z.string(), what: MessageSchema });
const LockReconciledSchema = z.object({
  door: z.string(),
  lockId: z.number().int(),
  cards: z.number().int(),
  codes: z.number().int(),
  nearlyFull: z.boolean(),
  /** The lock could not be listed (offline gateway, cloud error): checked again next time. */
  error: MessageSchema.nullable(),
});
export const ReconcileReportSchema = z.object({
  atMs: z.number().int(),
  locks: z.array(LockReconciledSchema),
  /** On a lock but should not be: revocations were queued for the desk's own. */
  zombies: z.array(ReconcileFindingSchema),
  /** Should be on a lock but is not: re-issued. */
  missing: z.array(ReconcileFindingSchema),
  /** Expired credentials queued for removal to free lock memory. */
  swept: z.number().int(),
});
export type ReconcileFinding = z.infer<typeof ReconcileFindingSchema>;
export type LockReconciled = z.infer<typeof LockReconciledSchema>;
export type ReconcileReport = z.infer<typeof ReconcileReportSchema>;

const AuditEntrySchema = z.object({
  id: z.number().int(),
  atMs: z.number().int(),
  staff: z.string(),
  action: z.string(),
  bookingId: z.number().int().nullable(),
  guestName: z.string().nullable(),
  roomName: z.string().nullable(),
  detail: MessageSchema.nullable(),
  result: z.enum(['ok', 'failed', 'pending']),
});

const LocalDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** Who, what, which room and which days (the property's calendar, both ends included). */
const AuditFilterSchema = z.object({
  bookingId: z.number().int().positive().optional(),
  action: z.string().max(40).optional(),
  staff: z.string().max(80).optional(),
  room: z.string().max(80).optional(),
  fromDate: LocalDateSchema.optional(),
  toDate: LocalDateSchema.optional(),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export const contract = {
  'desk:status': {
    access: 'open',
    request: z.object({}).strict(),
    response: z.object({
      property: PropertySchema,
      demo: z.boolean(),
      /** The desk's time (cloud time when the PC's clock is off): the screen's clock follows it. */
      nowMs: z.number().int(),
      clock: ClockStatusSchema,
    }),
  },
  'reader:status': { access: 'staff', request: z.object({}).strict(), response: ReaderStatusSchema },
  'reader:devices': { access: 'staff', request: z.object({}).strict(), response: ReaderDevicesSchema },
  /** A read the renderer's keyboard wedge recognised; main applies the profile and the one-tap rule. */
  'reader:keyboard-read': { access: 'staff', request: z.object({ raw: z.string().min(1).max(64) }).strict(), response: ReadOutcomeSchema },
  /** Demo mode only: a demo card "tapped" on the reader, decoded and delivered exactly like a real read; `again` taps the last one. */
  'reader:demo-tap': { access: 'staff', request: z.object({ again: z.boolean().default(false) }).strict(), response: ReadOutcomeSchema },
  /** Manager-only fallback for a broken reader: the card's number typed by hand, delivered like a read. Audited. */
  'reader:typed-card': { access: 'manager', request: z.object({ cardNumber: CardNumberSchema }).strict(), response: ReadOutcomeSchema },
  'reader:calibrate': {
    access: 'manager',
    request: z.object({ lockId: z.number().int().positive(), raw: z.string().min(1).max(64) }).strict(),
    response: CalibrationOutcomeSchema,
  },
  'reader:save-profile': { access: 'manager', request: ReaderProfileSchema, response: ReaderStatusSchema },
  'booking:today': {
    access: 'staff',
    request: z.object({}).strict(),
    response: z.object({
      arrivals: z.array(BookingSchema),
      inHouse: z.array(BookingSchema),
      departures: z.array(BookingSchema),
    }),
  },
  'booking:get': { access: 'staff', request: BookingIdSchema.strict(), response: BookingDetailSchema },
  /** The room grid (tape chart): rooms × yesterday to +13 days, each stay with its state (any staff, read-only). */
  'booking:grid': { access: 'staff', request: z.object({}).strict(), response: RoomGridSchema },
  'access:issue-card': {
    access: 'staff',
    request: BookingIdSchema.extend({ cardNumber: CardNumberSchema }).strict(),
    response: BookingDetailSchema,
  },
  'access:check-out': { access: 'staff', request: BookingIdSchema.strict(), response: BookingDetailSchema },
  'access:issue-passcode': {
    access: 'staff',
    request: BookingIdSchema.extend({
      digits: z
        .string()
        .regex(/^\d{4,9}$/, fieldRule('ipc.field.passcode'))
        .optional(),
    }).strict(),
    response: BookingDetailSchema,
  },
  'access:cancel': { access: 'staff', request: BookingIdSchema.strict(), response: BookingDetailSchema },
  'access:report-lost': { access: 'staff', request: z.object({ cardNumber: CardNumberSchema }).strict(), response: BookingDetailSchema },
  'access:card-returned': { access: 'staff', request: z.object({ cardNumber: CardNumberSchema }).strict(), response: BookingDetailSchema },
  'access:identify-card': {
    access: 'staff',
    request: z.object({ cardNumber: CardNumberSchema }).strict(),
    response: z.object({ booking: BookingDetailSchema.nullable() }),
  },
  'access:preview-change': { access: 'staff', request: StayChangeSchema, response: z.object({ steps: z.array(PlannedStepSchema) }) },
  'access:apply-change': { access: 'staff', request: StayChangeSchema, response: BookingDetailSchema },
  'access:reconcile': { access: 'staff', request: z.object({}).strict(), response: ReconcileReportSchema },
  'outbox:status': {
    access: 'staff',
    request: z.object({}).strict(),
    response: z.object({ queued: z.number().int(), sending: z.number().int(), done: z.number().int(), gaveUp: z.number().int() }),
  },
  /** The audit log, newest first, filtered; with the names and rooms the log holds (the filters' choices). */
  'audit:list': {
    access: 'staff',
    request: AuditFilterSchema.extend({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
    response: z.object({
      entries: z.array(AuditEntrySchema),
      choices: z.object({ staff: z.array(z.string()), rooms: z.array(z.string()) }),
    }),
  },
  /** Manager-only: the filtered log as CSV (in `language`) into the data folder's exports; answers the file. Audited. */
  'audit:export': {
    access: 'manager',
    request: AuditFilterSchema.extend({ language: z.enum(LANGUAGE_CODES) }).strict(),
    response: z.object({ file: z.string(), count: z.number().int() }),
  },
  'booking:search': { access: 'staff', request: BookingSearchSchema.strict(), response: z.object({ bookings: z.array(BookingSchema) }) },
  'booking:create': { access: 'staff', request: BookingInputSchema.strict(), response: BookingSaveResultSchema },
  'booking:update': { access: 'staff', request: BookingPatchSchema.strict(), response: BookingSaveResultSchema },
  'import:csv-preview': { access: 'staff', request: CsvImportRequestSchema.strict(), response: CsvPreviewSchema },
  'import:csv-commit': { access: 'staff', request: CsvImportRequestSchema.strict(), response: z.object({ counts: ImportCountsSchema }) },
  'attention:list': { access: 'staff', request: z.object({}).strict(), response: z.object({ items: z.array(AttentionItemSchema) }) },
  /** A change held back from a feed or file: confirm applies it through the clerk's own checks, reject keeps the stay. */
  'attention:resolve': {
    access: 'staff',
    request: z.object({ heldId: z.number().int().positive(), confirm: z.boolean() }).strict(),
    response: z.object({ booking: BookingDetailSchema.nullable() }),
  },
  'feed:list': { access: 'staff', request: z.object({}).strict(), response: z.object({ feeds: z.array(FeedSchema) }) },
  'feed:add': {
    access: 'manager',
    request: z
      .object({
        roomId: z.number().int().positive(),
        name: z.string().trim().min(1).max(60),
        url: z
          .string()
          .url()
          .max(2000)
          .refine((u) => /^https?:\/\//i.test(u), 'a feed address starts with https://'),
        refreshNow: z.boolean().default(true),
      })
      .strict(),
    response: FeedSchema,
  },
  'feed:refresh': {
    access: 'staff',
    request: z.object({ feedId: z.number().int().positive().optional() }).strict(),
    response: z.object({ results: z.array(FeedRefreshResultSchema) }),
  },
  /** Battery, gateway and pending work per door, from a background cache; `refresh` asks the cloud now (rate-capped). */
  'lock:health': { access: 'staff', request: z.object({ refresh: z.boolean().default(false) }).strict(), response: LockHealthReportSchema },
  /** Manager-only: opens one door now through its gateway (§10.16); the lock relocks itself. Audited. */
  'lock:unlock': {
    access: 'manager',
    request: z.object({ doorId: z.number().int().positive() }).strict(),
    response: z.object({ doorId: z.number().int(), doorName: z.string(), atMs: z.number().int() }),
  },
  /** A door's open log (§10.28), newest first, one page per call (background priority, briefly cached). Any staff. */
  'lock:records': {
    access: 'staff',
    request: z.object({ doorId: z.number().int().positive(), page: z.number().int().min(1).max(500).default(1) }).strict(),
    response: DoorLogPageSchema,
  },
  /** A booking's log: the entries of that guest's cards and codes on every door of theirs, from the same cached records. Any staff. */
  'booking:door-log': { access: 'staff', request: BookingIdSchema.strict(), response: BookingLogSchema },
  /** The guest slip as HTML (preview); `slip:print` prints it in Electron or returns it for the browser's print view. */
  'slip:render': { access: 'staff', request: SlipRequestSchema, response: z.object({ html: z.string(), pageSize: SlipPageSizeSchema }) },
  'slip:print': { access: 'staff', request: SlipRequestSchema, response: SlipPrintOutcomeSchema },
  /** What a slip prints in unless the clerk picks otherwise: the property's settings, for the slip dialog (any staff; setup:state is manager-only). */
  'slip:options': {
    access: 'staff',
    request: z.object({}).strict(),
    response: DeskSettingsSchema.pick({ language: true, pageSize: true }),
  },
  /** Staff PIN lock. Never returns a PIN or its hash. */
  'staff:status': { access: 'open', request: z.object({}).strict(), response: StaffStatusSchema },
  'staff:unlock': {
    access: 'open',
    request: z.object({ staffId: z.number().int().positive(), pin: PinSchema }).strict(),
    response: StaffStatusSchema,
  },
  'staff:lock': { access: 'open', request: z.object({}).strict(), response: StaffStatusSchema },
  'staff:activity': { access: 'open', request: z.object({}).strict(), response: z.object({ locked: z.boolean() }) },
  'staff:list': { access: 'manager', request: z.object({}).strict(), response: z.object({ members: z.array(StaffMemberSchema) }) },
  'staff:save': { access: 'manager', request: StaffSaveSchema, response: StaffMemberSchema },
  /** The signed-in member changes their own PIN, proving the current one (counted like an unlock). A manager resets anyone's with staff:save. */
  'staff:change-pin': {
    access: 'staff',
    request: z.object({ currentPin: PinSchema, newPin: PinSchema }).strict(),
    response: z.object({ changed: z.literal(true) }),
  },
  'staff:remove': {
    access: 'manager',
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: z.object({ members: z.array(StaffMemberSchema) }),
  },
  /** The manager's setup wizard (manager-only in the core). The Sifely password goes in once and never comes back. */
  'setup:state': { access: 'manager', request: z.object({}).strict(), response: SetupStateSchema },
  'setup:sifely-login': { access: 'manager', request: SifelyLoginSchema, response: SifelyLoginOutcomeSchema },
  'setup:locks': { access: 'manager', request: z.object({}).strict(), response: z.object({ locks: z.array(SetupLockSchema) }) },
  'setup:save-room': { access: 'manager', request: RoomMappingSchema, response: RoomSchema },
  /** Rooms in bulk (a range previewed by the manager): all saved in one transaction, or none. */
  'setup:save-rooms': {
    access: 'manager',
    request: z.object({ rooms: z.array(RoomMappingSchema).min(1).max(300) }).strict(),
    response: z.object({ rooms: z.array(RoomSchema) }),
  },
  'setup:save-property': { access: 'manager', request: PropertySchema.strict(), response: PropertySchema },
  'setup:save-settings': { access: 'manager', request: DeskSettingsSchema.partial().strict(), response: DeskSettingsSchema },
  'setup:printers': {
    access: 'manager',
    request: z.object({}).strict(),
    response: z.object({ printers: z.array(z.object({ name: z.string(), displayName: z.string() })) }),
  },
  /** The manager's "Quit the desk" (manager-only, like every setup:*): the installed kiosk refuses Alt+F4 and window closes, so this is its way out. */
  'setup:quit-desk': { access: 'manager', request: z.object({}).strict(), response: z.object({ quitting: z.literal(true) }) },
  /** The scrubbed diagnostics export (no codes, cards, PIN hashes, feed tokens; guest names only if ticked) into the data folder's exports; answers the folder. */
  'setup:export-diagnostics': {
    access: 'manager',
    request: z.object({ guestNames: z.boolean() }).strict(),
    response: z.object({ folder: z.string() }),
  },
  /** Guest delivery of one booking: contact, automatic code, messages and their states, the text to copy and its QR. */
  'delivery:state': { access: 'staff', request: BookingIdSchema.strict(), response: BookingDeliverySchema },
  'delivery:save-contact': {
    access: 'staff',
    request: BookingIdSchema.extend(GuestContactSchema.shape).strict(),
    response: BookingDeliverySchema,
  },
  /** Sends the code confirmed on the locks again (a new message, by every channel the guest has). */
  'delivery:resend': { access: 'staff', request: BookingIdSchema.strict(), response: BookingDeliverySchema },
  /** The SMTP server, the SMS provider, policies per source and templates. Secrets go in, never come back. */
  'setup:delivery': { access: 'manager', request: z.object({}).strict(), response: DeliverySetupSchema },
  'setup:save-delivery': { access: 'manager', request: DeliverySaveSchema, response: DeliverySetupSchema },
  'setup:test-email': {
    access: 'manager',
    request: z.object({ to: GuestEmailSchema.refine((s) => s !== '', fieldRule('ipc.field.email')) }).strict(),
    response: z.object({ message: MessageSchema }),
  },
  /** An arrival who never came: revokes anything issued, cancels the stay, marks it a no-show, audited. */
  'access:no-show': {
    access: 'staff',
    request: z.object({ bookingId: z.number().int().positive() }).strict(),
    response: BookingDetailSchema,
  },
  /** Room types → rooms, for imports that name only the type booked. */
  'setup:room-types': { access: 'manager', request: z.object({}).strict(), response: z.object({ types: z.array(RoomTypeSchema) }) },
  'setup:save-room-type': {
    access: 'manager',
    request: RoomTypeSchema.partial({ id: true }).strict(),
    response: z.object({ types: z.array(RoomTypeSchema) }),
  },
  'setup:remove-room-type': {
    access: 'manager',
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: z.object({ types: z.array(RoomTypeSchema) }),
  },
} as const satisfies Record<`${string}:${string}`, ContractEntry>;

export type Contract = typeof contract;
export type Channel = keyof Contract;

export type RequestOf<C extends Channel> = z.infer<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;
