import { isReachable, type BookingDelivery, type DeliveryChannel, type DeliverySettings } from '../../../shared/domain/delivery';
import type { Property } from '../../../shared/domain/property';
import { msg, type WireMessage } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import type { BackoffOptions } from '../time/backoff';
import type { AccessEngine } from '../access/engine';
import type { Db } from '../db/open';
import type { BookingsRepo } from '../db/repos/bookings.repo';
import type { CredentialsRepo, StoredCredential } from '../db/repos/credentials.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { nodeFetch, type HttpFetch } from '../net/http-fetch';
import type { DeskTime } from '../time/desk-time';
import { createAutoIssueScheduler } from './auto-issue';
import { createAutoIssuesRepo } from '../db/repos/auto-issues.repo';
import { composeMessage, confirmedCode, type Composed, type ConfirmedCode } from './compose';
import { createContactsRepo } from '../db/repos/guest-contacts.repo';
import { createDeliveryOutboxRepo, type DeliveryRow } from '../db/repos/delivery-outbox.repo';
import { createDeliverySettings } from './delivery-settings';
import { createDeliveryWorker } from './delivery-worker';
import { createSmtpSender } from './email-smtp';
import { shareQr } from './share';
import type { DeliverySecrets } from './secrets';
import { createTwilioProvider } from './sms-twilio';
import type { EmailSender, SendOutcome, SmsProvider } from './transport';

export interface DeliveryDeps {
  db: Db;
  bookings: BookingsRepo;
  credentials: CredentialsRepo;
  rooms: RoomsRepo;
  engine: AccessEngine;
  property: () => Property | null;
  passcodeLength: () => number;
  time: DeskTime;
  secrets: DeliverySecrets;
  fetch?: HttpFetch;
  /** How often the scheduler looks for arrivals coming into their policy's window (default 60 s). */
  tickMs?: number;
  backoff?: BackoffOptions;
  changed: (bookingId: number) => void;
}

/**
 * Guest delivery: the scheduler that issues codes ahead through the access engine, and the
 * delivery outbox that sends each confirmed code (and each change of it, and the cancellation) to
 * the guest by e-mail and SMS. It follows the engine from the outside: every `desk:changed` of a
 * booking reconciles what the guest has been sent with what the locks have.
 */
export function createDelivery(deps: DeliveryDeps) {
  const { db, bookings, credentials, time } = deps;
  const contacts = createContactsRepo(db, time.now);
  const autoIssues = createAutoIssuesRepo(db, time.now);
  const outbox = createDeliveryOutboxRepo(db, time.now, time.monotonic);
  const settings = createDeliverySettings(db, time.now);
  const httpFetch = deps.fetch ?? nodeFetch;

  // Senders are built from the settings and their secret, and rebuilt when either changes.
  let email: { key: string; sender: EmailSender } | null = null;
  let sms: { key: string; provider: SmsProvider } | null = null;
  async function emailSender(s: DeliverySettings): Promise<EmailSender> {
    const password = await deps.secrets.get('delivery-smtp-password');
    const key = JSON.stringify([s.email, password]);
    if (email?.key !== key) {
      email?.sender.close();
      email = { key, sender: createSmtpSender(s.email, password) };
    }
    return email.sender;
  }
  async function smsProvider(s: DeliverySettings): Promise<SmsProvider> {
    const token = await deps.secrets.get('delivery-sms-token');
    const key = JSON.stringify([s.sms, token]);
    if (sms?.key !== key) sms = { key, provider: createTwilioProvider(s.sms, token, httpFetch) };
    return sms.provider;
  }

  /** The booking's credentials in door order (room door first), as the message lists them. */
  function credentialsOf(bookingId: number, roomId: number): StoredCredential[] {
    const room = deps.rooms.getRoom(roomId);
    const order = new Map([room?.door, ...(room?.sharedDoors ?? [])].flatMap((d, i) => (d ? [[d.id, i] as const] : [])));
    return credentials.forBooking(bookingId).sort((a, b) => (order.get(a.doorId) ?? 99) - (order.get(b.doorId) ?? 99) || a.id - b.id);
  }

  /** The code as the locks have it, once no lock work on it is outstanding. */
  // The message waits for all lock work on the code (an add, or a change of window that has reached
  // one door and not the other), so it never carries a half-changed code.
  const settledCode = (bookingId: number, roomId: number): ConfirmedCode | null =>
    credentials.passcodeWorkPending(bookingId) ? null : confirmedCode(credentialsOf(bookingId, roomId));

  /** The channels this guest can be reached on now. */
  function channelsFor(bookingId: number): { channel: DeliveryChannel; recipient: string; language: Language }[] {
    const s = settings.get();
    const c = contacts.get(bookingId);
    const out: { channel: DeliveryChannel; recipient: string; language: Language }[] = [];
    if (c.email && s.email.enabled) out.push({ channel: 'email', recipient: c.email, language: c.language });
    if (c.phone && s.sms.enabled) out.push({ channel: 'sms', recipient: c.phone, language: c.language });
    return out;
  }

  const supersededReason = msg('delivery.superseded');

  /**
   * What the guest should have been sent, given the booking and its locks now: a code message per
   * channel for each confirmed credential version, a cancellation once a code went out. Idempotent
   * (the keys are UNIQUE), so it runs on every change of the booking.
   */
  const reconcile = db.transaction((bookingId: number, resend = false): number => {
    const b = bookings.get(bookingId);
    const followed = autoIssues.get(bookingId)?.state === 'issued';
    if (!b || !followed) return 0;
    let queued = 0;
    if (b.status === 'cancelled') {
      // A code never sent needs no cancellation; a queued one must not go out.
      outbox.supersedeOthers(bookingId, '', -1, supersededReason);
      if (!outbox.codeWentTo(bookingId)) return 0;
      for (const ch of channelsFor(bookingId)) {
        if (
          outbox.enqueue({
            bookingId,
            channel: ch.channel,
            kind: 'cancel',
            idemKey: `${bookingId}:${ch.channel}:cancel`,
            version: '',
            recipient: ch.recipient,
            language: ch.language,
          }).fresh
        )
          queued++;
      }
      return queued;
    }
    if (b.status === 'checked_out') return 0;
    const code = settledCode(bookingId, b.roomId);
    if (!code) return 0;
    for (const ch of channelsFor(bookingId)) {
      const base = `${bookingId}:${ch.channel}:code:${code.version}:${ch.recipient}`;
      const { row, fresh } = outbox.enqueue({
        bookingId,
        channel: ch.channel,
        kind: 'code',
        idemKey: resend ? `${base}:resend:${time.now()}` : base,
        version: code.version,
        recipient: ch.recipient,
        language: ch.language,
      });
      outbox.supersedeOthers(bookingId, code.version, row.id, supersededReason);
      if (fresh) queued++;
    }
    return queued;
  });

  function compose(row: DeliveryRow): Composed | { superseded: WireMessage } {
    const b = row.bookingId === null ? null : bookings.get(row.bookingId);
    const p = deps.property();
    if (!b || !p) return { superseded: supersededReason };
    const s = settings.get();
    const base = {
      template: s.templates[row.language],
      language: row.language,
      booking: b,
      propertyName: p.name,
      propertyText: s.propertyText,
      timeZone: p.timeZone,
    };
    if (row.kind === 'cancel')
      return b.status === 'cancelled' ? composeMessage({ ...base, kind: 'cancel', code: null }) : { superseded: supersededReason };
    // Checked again at the moment of sending: the code in the message is the one the locks have now.
    const code = b.status === 'booked' || b.status === 'checked_in' ? settledCode(b.id, b.roomId) : null;
    if (!code || code.version !== row.version) return { superseded: supersededReason };
    return composeMessage({ ...base, kind: 'code', code });
  }

  async function deliver(row: DeliveryRow): Promise<SendOutcome | { kind: 'superseded'; reason: WireMessage }> {
    const content = compose(row);
    if ('superseded' in content) return { kind: 'superseded', reason: content.superseded };
    const s = settings.get();
    if (row.channel === 'email') {
      if (!s.email.enabled || !s.email.host) return { kind: 'failed', reason: msg('delivery.notConfiguredEmail') };
      return (await emailSender(s)).send({ to: row.recipient, ...content });
    }
    if (!s.sms.enabled || !s.sms.accountSid) return { kind: 'failed', reason: msg('delivery.notConfiguredSms') };
    return (await smsProvider(s)).send(row.recipient, content.text);
  }

  const worker = createDeliveryWorker({
    outbox,
    monotonic: time.monotonic,
    after: time.after,
    deliver,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
    settled: (row) => row.bookingId !== null && deps.changed(row.bookingId),
  });

  const scheduler = createAutoIssueScheduler({
    now: time.now,
    after: time.after,
    settings,
    autoIssues,
    credentials,
    issue: (bookingId) => deps.engine.issuePasscodeAhead(bookingId, { length: deps.passcodeLength(), staff: 'auto' }),
    issued: (bookingId) => {
      if (reconcile(bookingId) > 0) worker.kick();
      deps.changed(bookingId);
    },
    held: (bookingId) => deps.changed(bookingId),
    tickMs: deps.tickMs ?? 60_000,
  });

  function state(bookingId: number): BookingDelivery {
    const b = bookings.get(bookingId);
    const contact = contacts.get(bookingId);
    const auto = autoIssues.get(bookingId);
    const p = deps.property();
    const s = settings.get();
    let autoState: BookingDelivery['auto'] = { state: 'off', atMs: null, reason: null };
    if (auto) autoState = { state: auto.state, atMs: null, reason: auto.reason };
    else if (b && (b.status === 'booked' || b.status === 'checked_in')) {
      const policy = scheduler.policyOf(b.source);
      if (policy.auto) autoState = { state: 'waiting', atMs: b.arrivalMs - policy.hoursBefore * 3_600_000, reason: null };
    }
    let shareText: string | null = null;
    const live = b && (b.status === 'booked' || b.status === 'checked_in');
    const code = live && b ? settledCode(b.id, b.roomId) : null;
    if (b && p && code) {
      const lang = contact.language;
      shareText = composeMessage({
        kind: 'code',
        template: s.templates[lang],
        language: lang,
        booking: b,
        propertyName: p.name,
        propertyText: s.propertyText,
        timeZone: p.timeZone,
        code,
      }).text;
    }
    return {
      bookingId,
      contact,
      reachable: isReachable(contact),
      auto: autoState,
      messages: outbox.forBooking(bookingId),
      shareText,
      shareQrSvg: shareText ? shareQr(shareText) : null,
    };
  }

  return {
    contacts,
    settings,
    outbox,
    autoIssues,
    state,
    /** A booking changed (its credentials settled, its stay moved, it was cancelled). */
    onBookingChanged(bookingId: number): void {
      if (reconcile(bookingId) > 0) worker.kick();
    },
    /**
     * Something changed at the desk (a stay moved, shortened, cancelled, checked out, a code
     * revoked): a held automatic code may now go. A held booking's own news (it was just held) is not.
     */
    reconsider(bookingsChanged: boolean, access: readonly number[]): void {
      if (bookingsChanged || access.some((id) => autoIssues.get(id)?.state !== 'held')) scheduler.reconsider();
    },
    /** Automatic codes the occupancy rules refused, with the reason (the Needs-attention list). */
    codesHeld: () => autoIssues.heldCodes(),
    /** The clerk's "Send to guest" / Resend: follows this booking from now on, and sends the current code again. */
    resend(bookingId: number): number {
      const b = bookings.get(bookingId);
      if (!b || (b.status !== 'booked' && b.status !== 'checked_in') || !settledCode(b.id, b.roomId)) return 0;
      // The first send of a booking the desk did not follow yet is its ordinary message (the key
      // every later reconcile finds); after that, Resend is a new message on purpose.
      const followed = autoIssues.get(bookingId)?.state === 'issued';
      if (!followed) autoIssues.issued(bookingId);
      const n = reconcile(bookingId, followed);
      worker.kick();
      deps.changed(bookingId);
      return n;
    },
    emailSender: () => emailSender(settings.get()),
    tick: scheduler.tick,
    start(): void {
      worker.start();
      scheduler.start();
    },
    async stop(): Promise<void> {
      scheduler.stop();
      await worker.stop();
      email?.sender.close();
    },
  };
}
export type Delivery = ReturnType<typeof createDelivery>;
