import { z } from 'zod';
import { MessageSchema } from '../messages';
import { fieldRule } from '../messages/catalog/ipc';
import { LANGUAGE_CODES } from '../messages/languages';

/**
 * Guest delivery: how the desk reaches a guest who is not at the desk (the seed's "fully automated
 * passcodes"), and what it has sent them. Shared by the core and the renderer.
 */

/** A practical address check (RFC 5321 lengths, one @, a dotted domain, no spaces or brackets). */
export const EMAIL_PATTERN =
  /^[^\s@<>(),;:"[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
/** E.164 as SMS providers take it: +, country code, up to 15 digits. Spaces, dots, dashes and brackets are typed and dropped. */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** What a clerk types → the form providers take ("+34 600 12 34 56" → "+34600123456"). */
export const normalisePhone = (typed: string): string => typed.replace(/[\s().-]/g, '');

export const GuestEmailSchema = z
  .string()
  .trim()
  .max(254)
  .refine((s) => s === '' || EMAIL_PATTERN.test(s), fieldRule('ipc.field.email'));
export const GuestPhoneSchema = z
  .string()
  .trim()
  .max(40)
  .transform(normalisePhone)
  .refine((s) => s === '' || PHONE_PATTERN.test(s), fieldRule('ipc.field.phone'));

export const GuestLanguageSchema = z.enum(LANGUAGE_CODES);

/** The guest's contact on a booking; empty strings mean "none". */
export const GuestContactSchema = z.object({
  email: GuestEmailSchema.default(''),
  phone: GuestPhoneSchema.default(''),
  language: GuestLanguageSchema.default('en'),
});
export type GuestContact = z.infer<typeof GuestContactSchema>;

/** A guest the desk can send a code to (otherwise the clerk prints the slip or adds an address). */
export const isReachable = (c: GuestContact): boolean => c.email !== '' || c.phone !== '';

export const DeliveryChannelSchema = z.enum(['email', 'sms']);
export type DeliveryChannel = z.infer<typeof DeliveryChannelSchema>;

/** queued → sent, or failed (with its reason), or bounced (the server refused the address); superseded: a newer code replaced it before it went. */
export const DeliveryStateSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'bounced', 'superseded']);
export type DeliveryState = z.infer<typeof DeliveryStateSchema>;

export const DeliveryKindSchema = z.enum(['code', 'cancel', 'test']);

export const DeliveryMessageSchema = z.object({
  id: z.number().int(),
  channel: DeliveryChannelSchema,
  kind: DeliveryKindSchema,
  recipient: z.string(),
  state: DeliveryStateSchema,
  attempts: z.number().int(),
  reason: MessageSchema.nullable(),
  createdMs: z.number().int(),
  sentMs: z.number().int().nullable(),
});
export type DeliveryMessage = z.infer<typeof DeliveryMessageSchema>;

/** The automatic passcode of a booking whose source's policy says so. */
export const AutoIssueStateSchema = z.object({
  /** off: the source's policy does not issue; waiting: not yet N hours before arrival; issued; held: a clash waits in Needs attention. */
  state: z.enum(['off', 'waiting', 'issued', 'held']),
  /** When the code is (or was) issued: arrival − N hours. */
  atMs: z.number().int().nullable(),
  reason: MessageSchema.nullable(),
});

export const BookingDeliverySchema = z.object({
  bookingId: z.number().int(),
  contact: GuestContactSchema,
  /** No e-mail and no phone: the clerk is told to print the slip or add an e-mail. */
  reachable: z.boolean(),
  auto: AutoIssueStateSchema,
  messages: z.array(DeliveryMessageSchema),
  /** The guest's message as it would go now (for Copy code and the QR); null while no code is confirmed on the locks. */
  shareText: z.string().nullable(),
  /** The same text as a QR code (SVG), for the clerk's phone and an OTA's inbox. */
  shareQrSvg: z.string().nullable(),
});
export type BookingDelivery = z.infer<typeof BookingDeliverySchema>;

/** One booking source's policy: issue a timed passcode automatically N hours before arrival. */
export const AutoIssuePolicySchema = z.object({
  auto: z.boolean(),
  hoursBefore: z
    .number()
    .int()
    .min(1)
    .max(24 * 14),
});
export type AutoIssuePolicy = z.infer<typeof AutoIssuePolicySchema>;

export const SmtpTlsSchema = z.enum(['none', 'starttls', 'tls']);

export const TemplateSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  /** Plain text with {{placeholders}}; the HTML part is built from it (escaped, paragraphs kept). */
  body: z.string().trim().min(1).max(4000),
  /** The cancellation message. */
  cancelSubject: z.string().trim().min(1).max(200),
  cancelBody: z.string().trim().min(1).max(4000),
});
export type Template = z.infer<typeof TemplateSchema>;

/** The manager's delivery settings, as stored and shown (secrets are never part of it: only whether one is set). */
export const DeliverySettingsSchema = z.object({
  email: z.object({
    enabled: z.boolean(),
    host: z.string().trim().max(253),
    port: z.number().int().min(1).max(65535),
    tls: SmtpTlsSchema,
    user: z.string().trim().max(200),
    from: z
      .string()
      .trim()
      .max(254)
      .refine((s) => s === '' || EMAIL_PATTERN.test(s.replace(/^.*<(.+)>$/, '$1')), fieldRule('ipc.field.email')),
  }),
  sms: z.object({
    enabled: z.boolean(),
    /** Twilio's own host unless a compatible provider (or a test server) is named. */
    baseUrl: z.url({ protocol: /^https?$/ }),
    accountSid: z.string().trim().max(64),
    from: z.string().trim().max(40),
  }),
  /** Walk-ins: the desk's own bookings; feeds: every iCal feed unless listed; per source: CSV sources and named feeds. */
  policies: z.object({
    walkIn: AutoIssuePolicySchema,
    feeds: AutoIssuePolicySchema,
    csv: AutoIssuePolicySchema,
    bySource: z.record(z.string().max(60), AutoIssuePolicySchema),
  }),
  /** Printed in the message under the codes (Wi-Fi, parking, a phone number). */
  propertyText: z.string().max(1000),
  templates: z.object({ en: TemplateSchema, es: TemplateSchema }),
});
export type DeliverySettings = z.infer<typeof DeliverySettingsSchema>;

export const DeliverySetupSchema = z.object({
  settings: DeliverySettingsSchema,
  smtpPasswordSet: z.boolean(),
  smsTokenSet: z.boolean(),
});
export type DeliverySetup = z.infer<typeof DeliverySetupSchema>;

/** Saving: the settings, and a new password / token only when typed (absent keeps the stored one, '' clears it). */
export const DeliverySaveSchema = z
  .object({
    settings: DeliverySettingsSchema,
    smtpPassword: z.string().max(400).optional(),
    smsToken: z.string().max(400).optional(),
  })
  .strict();
