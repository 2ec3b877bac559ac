import { z } from 'zod';
import { accessMessages } from './catalog/access';
import { actionsMessages } from './catalog/actions';
import { appMessages } from './catalog/app';
import { auditMessages } from './catalog/audit';
import { deliveryMessages } from './catalog/delivery';
import { bookingsMessages } from './catalog/bookings';
import { bookingsMappingMessages } from './catalog/bookings-mapping';
import { bookingsImportMessages } from './catalog/bookings-import';
import { changeMessages } from './catalog/change';
import { clockBannerMessages } from './catalog/clock-banner';
import { credMessages } from './catalog/cred';
import { errorsMessages } from './catalog/errors';
import { healthMessages } from './catalog/health';
import { identifyMessages } from './catalog/identify';
import { ipcMessages } from './catalog/ipc';
import { listMessages } from './catalog/list';
import { outcomeMessages } from './catalog/outcome';
import { panelMessages } from './catalog/panel';
import { readerMessages } from './catalog/reader';
import { setupMessages } from './catalog/setup';
import { sifelyMessages } from './catalog/sifely';
import { slipMessages } from './catalog/slip';
import { staffMessages } from './catalog/staff';
import { statusMessages } from './catalog/status';
import { walkInMessages } from './catalog/walk-in';
import { attentionMessages } from './catalog/attention';
import { doorsMessages } from './catalog/doors';
import { gridMessages } from './catalog/grid';
import { noShowMessages } from './catalog/no-show';
import { viewsMessages } from './catalog/views';
import { demoMessages } from './catalog/demo';
import { typedMessages } from './catalog/typed';
import { todayMessages } from './catalog/today';
import type { ParamNames, Wording } from './define';
import type { Language } from './languages';

/**
 * The one catalogue: every word the desk shows or prints, in each language, one file per key
 * prefix. The screen's own labels and the sentences the core sends (errors, per-door outcomes,
 * the printed slip) live side by side. The core never sends a finished sentence, only a key plus
 * parameters: the renderer words it in the clerk's language, the slip in the guest's; English text
 * is made for logs only.
 */
export const CATALOGUES = {
  ipc: ipcMessages,
  access: accessMessages,
  // The mapping's sentences are bookings.* too, kept in their own file.
  bookings: { ...bookingsMessages, ...bookingsMappingMessages },
  setup: setupMessages,
  staff: staffMessages,
  reader: readerMessages,
  slip: slipMessages,
  sifely: sifelyMessages,
  audit: auditMessages,
  delivery: deliveryMessages,
  app: appMessages,
  clockBanner: clockBannerMessages,
  errors: errorsMessages,
  status: statusMessages,
  list: listMessages,
  panel: panelMessages,
  walkIn: walkInMessages,
  cred: credMessages,
  actions: actionsMessages,
  outcome: outcomeMessages,
  identify: identifyMessages,
  change: changeMessages,
  health: healthMessages,
  bookingsImport: bookingsImportMessages,
  views: viewsMessages,
  attention: attentionMessages,
  grid: gridMessages,
  doors: doorsMessages,
  noShow: noShowMessages,
  demo: demoMessages,
  typed: typedMessages,
  today: todayMessages,
} as const;

export const MESSAGES = {
  ...ipcMessages,
  ...accessMessages,
  ...bookingsMessages,
  ...bookingsMappingMessages,
  ...setupMessages,
  ...staffMessages,
  ...readerMessages,
  ...slipMessages,
  ...sifelyMessages,
  ...auditMessages,
  ...deliveryMessages,
  ...appMessages,
  ...clockBannerMessages,
  ...errorsMessages,
  ...statusMessages,
  ...listMessages,
  ...panelMessages,
  ...walkInMessages,
  ...credMessages,
  ...actionsMessages,
  ...outcomeMessages,
  ...identifyMessages,
  ...changeMessages,
  ...healthMessages,
  ...bookingsImportMessages,
  ...viewsMessages,
  ...attentionMessages,
  ...gridMessages,
  ...doorsMessages,
  ...noShowMessages,
  ...demoMessages,
  ...typedMessages,
  ...todayMessages,
};

export type MessageKey = keyof typeof MESSAGES;
type Template<K extends MessageKey> = (typeof MESSAGES)[K]['en'];

/** A parameter is plain text, a number, or a sentence of its own (worded in the same language). */
export type MessageParam = string | number | WireMessage;

/** What crosses IPC and is stored in SQLite: the key is a string there (an old row may name a key since renamed). */
export interface WireMessage {
  key: string;
  params?: Record<string, MessageParam>;
}

/** A message built in this code base: its key is one the catalogue has. */
export interface Message extends WireMessage {
  key: MessageKey;
}

export const MessageSchema: z.ZodType<WireMessage> = z.lazy(() =>
  z.object({
    key: z.string().min(1).max(100),
    params: z.record(z.string(), z.union([z.string(), z.number(), MessageSchema])).optional(),
  }),
);

type ParamsArg<K extends MessageKey> = [ParamNames<Template<K>>] extends [never] ? [] : [Record<ParamNames<Template<K>>, MessageParam>];

/** Builds a message; the compiler checks the key exists and that every `{{param}}` is given. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  return params[0] ? { key, params: params[0] } : { key };
}

const wordingOf = (key: string): Wording | undefined =>
  Object.hasOwn(MESSAGES, key) ? (MESSAGES as Record<string, Wording>)[key] : undefined;

/**
 * The sentence in `lang`. An unknown key (a row written by a newer version) gives `fallback`
 * when there is one, else the key itself, never an exception: the clerk always sees something.
 */
export function formatMessage(m: WireMessage, lang: Language, fallback?: string): string {
  const wording = wordingOf(m.key);
  if (!wording) return fallback ?? m.key;
  return wording[lang].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const p = m.params?.[name];
    if (p === undefined) return whole;
    return typeof p === 'object' ? formatMessage(p, lang) : String(p);
  });
}

export const isMessageKey = (key: string): key is MessageKey => wordingOf(key) !== undefined;

/** The English sentence: for logs and `Error.message` only, never sent to a person. */
export const english = (m: WireMessage): string => formatMessage(m, 'en');
