import type { DeliverySetup } from '../../../shared/domain/delivery';
import { formatMessage, msg } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import { escapeHtml } from '../slip/format';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { Db } from '../db/open';
import { DeskError } from '../ipc/desk-error';
import type { ContactsRepo } from '../db/repos/guest-contacts.repo';
import type { DeskKeptRepo } from '../db/repos/desk-kept.repo';
import type { DeskHandlers } from '../ipc/dispatch';
import type { Delivery } from './delivery';
import type { DeliverySecrets } from './secrets';

type DeliveryChannels =
  'delivery:state' | 'delivery:save-contact' | 'delivery:resend' | 'setup:delivery' | 'setup:save-delivery' | 'setup:test-email';

export interface DeliveryHandlerDeps {
  delivery: Delivery;
  secrets: DeliverySecrets;
  bookingExists: (bookingId: number) => boolean;
  propertyName: () => string;
  /** The property's own language (the slip's), for the test e-mail. */
  language: () => Language;
  /** The e-mail and phone a clerk sets are kept across feed and CSV refreshes. */
  kept?: Pick<DeskKeptRepo, 'keep'>;
}

/** Guest delivery's part of the IPC table: the booking's delivery panel and Setup → Guest messages. */
export function deliveryHandlers(deps: DeliveryHandlerDeps): Pick<DeskHandlers, DeliveryChannels> {
  const { delivery, secrets } = deps;
  const requireBooking = (bookingId: number): void => {
    if (!deps.bookingExists(bookingId)) throw new DeskError('not-found', msg('bookings.bookingGone'));
  };
  const setup = async (): Promise<DeliverySetup> => ({
    settings: delivery.settings.get(),
    smtpPasswordSet: (await secrets.get('delivery-smtp-password')) !== null,
    smsTokenSet: (await secrets.get('delivery-sms-token')) !== null,
  });
  return {
    'delivery:state': ({ bookingId }) => {
      requireBooking(bookingId);
      return delivery.state(bookingId);
    },
    'delivery:save-contact': ({ bookingId, ...contact }) => {
      requireBooking(bookingId);
      const before = delivery.contacts.get(bookingId);
      const after = delivery.contacts.save(bookingId, contact);
      deps.kept?.keep(
        bookingId,
        (['email', 'phone'] as const).filter((f) => before[f] !== after[f]),
      );
      // A guest reachable only now gets the code the locks already have.
      delivery.onBookingChanged(bookingId);
      return delivery.state(bookingId);
    },
    'delivery:resend': ({ bookingId }) => {
      requireBooking(bookingId);
      if (delivery.resend(bookingId) === 0) {
        const s = delivery.state(bookingId);
        if (!s.reachable) throw new DeskError('conflict', msg('delivery.noContact'));
        throw new DeskError('conflict', msg('delivery.nothingToSend'));
      }
      return delivery.state(bookingId);
    },
    'setup:delivery': setup,
    'setup:save-delivery': async ({ settings, smtpPassword, smsToken }) => {
      // Secrets first: settings that name a server whose password could not be sealed are not saved.
      if (smtpPassword !== undefined) await secrets.set('delivery-smtp-password', smtpPassword === '' ? null : smtpPassword);
      if (smsToken !== undefined) await secrets.set('delivery-sms-token', smsToken === '' ? null : smsToken);
      delivery.settings.save(settings);
      return setup();
    },
    'setup:test-email': async ({ to }) => {
      const s = delivery.settings.get();
      if (!s.email.host) throw new DeskError('unavailable', msg('delivery.notConfiguredEmail'));
      const lang = deps.language();
      const subject = formatMessage(msg('delivery.testSubject', { property: deps.propertyName() }), lang);
      const text = formatMessage(msg('delivery.testBody'), lang);
      // Sent at once, not through the outbox: the manager is waiting for the server's answer.
      const outcome = await (await delivery.emailSender()).send({ to, subject, text, html: `<p>${escapeHtml(text)}</p>` });
      if (outcome.kind !== 'sent') throw new DeskError('unavailable', outcome.reason);
      return { message: msg('delivery.testSent', { host: s.email.host, recipient: to }) };
    },
  };
}

/**
 * A walk-in typed with the guest's e-mail or phone: the booking and its contact are saved in one
 * transaction (the booking handler's own transaction nests as a savepoint).
 */
export function withGuestContact(db: Db, contacts: ContactsRepo, inner: DeskHandlers['booking:create']): DeskHandlers['booking:create'] {
  const create = db.transaction((input: RequestOf<'booking:create'>) => {
    const { guestContact, ...rest } = input;
    const result = inner(rest);
    if (result instanceof Promise) throw new Error('booking:create must answer synchronously to share its transaction');
    if (result.kind === 'saved' && guestContact) contacts.save(result.booking.id, guestContact);
    return result;
  });
  return (input) => create(input);
}
