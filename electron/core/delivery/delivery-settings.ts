import type { DeliverySettings, Template } from '../../../shared/domain/delivery';
import { MESSAGES } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import type { Db } from '../db/open';
import { createDeliverySettingsRepo, type DeliverySettingsRepo } from '../db/repos/delivery-settings.repo';
import { createLogger } from '../log';

const log = createLogger('delivery');

/** Twilio's Messages API host (a compatible provider or a test server is named in Setup). */
export const TWILIO_BASE_URL = 'https://api.twilio.com';

const template = (lang: Language): Template => ({
  subject: MESSAGES['delivery.template.subject'][lang],
  body: MESSAGES['delivery.template.body'][lang],
  cancelSubject: MESSAGES['delivery.template.cancelSubject'][lang],
  cancelBody: MESSAGES['delivery.template.cancelBody'][lang],
});

/**
 * Off until the manager sets a server up. Feeds issue 48 h ahead (a remote guest needs the code
 * before travelling); walk-ins are at the desk, so never; CSV sources are off until the manager
 * says which export is remote guests.
 */
export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = {
  email: { enabled: false, host: '', port: 587, tls: 'starttls', user: '', from: '' },
  sms: { enabled: false, baseUrl: TWILIO_BASE_URL, accountSid: '', from: '' },
  policies: {
    walkIn: { auto: false, hoursBefore: 48 },
    feeds: { auto: true, hoursBefore: 48 },
    csv: { auto: false, hoursBefore: 48 },
    bySource: {},
  },
  propertyText: '',
  templates: { en: template('en'), es: template('es') },
};

/** The manager's delivery settings (stored by the delivery settings repo), logged when a stored value is damaged. */
export const createDeliverySettings = (db: Db, now: () => number): DeliverySettingsRepo =>
  createDeliverySettingsRepo(db, now, DEFAULT_DELIVERY_SETTINGS, (m) => log.warn(m));
