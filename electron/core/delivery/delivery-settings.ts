import { DeliverySettingsSchema, type DeliverySettings, type Template } from '../../../shared/domain/delivery';
import { MESSAGES } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import type { Db } from '../db/open';
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

const KEY = 'delivery';

/**
 * The delivery settings live in desk_settings under one key of their own (the settings repo skips
 * keys it does not know). A damaged value falls back to the defaults, logged, like every setting.
 */
export function createDeliverySettings(db: Db, now: () => number) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM desk_settings WHERE key = ?');
  const upsert = db.prepare<[string, string, number]>(
    'INSERT INTO desk_settings (key, value, updated_ms) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms',
  );
  let cached: DeliverySettings | null = null;
  return {
    get(): DeliverySettings {
      if (cached) return cached;
      const row = select.get(KEY);
      let value = DEFAULT_DELIVERY_SETTINGS;
      if (row) {
        const parsed = DeliverySettingsSchema.safeParse(JSON.parse(row.value));
        if (parsed.success) value = parsed.data;
        else log.warn('delivery settings are not valid; using the defaults');
      }
      cached = value;
      return value;
    },
    save(settings: DeliverySettings): DeliverySettings {
      const next = DeliverySettingsSchema.parse(settings);
      upsert.run(KEY, JSON.stringify(next), now());
      cached = next;
      return next;
    },
  };
}
export type DeliverySettingsStore = ReturnType<typeof createDeliverySettings>;
