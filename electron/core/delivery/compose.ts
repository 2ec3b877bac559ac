import { createHash } from 'node:crypto';
import type { Booking } from '../../../shared/domain/booking';
import type { Template } from '../../../shared/domain/delivery';
import { formatMessage, msg } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import { escapeHtml, slipDateTime } from '../slip/format';

/** A code as it is on the locks: one line per door that has it confirmed. */
export interface ConfirmedCode {
  /** The room door's digits (or the first door's, when the room door has none). */
  digits: string;
  startMs: number;
  endMs: number;
  doors: { name: string; digits: string; startMs: number; endMs: number; offline: boolean }[];
  /** Changes whenever any door's digits or window change: the idempotency key's credential version. */
  version: string;
}

/**
 * The booking's passcode as the locks have it, or null while any door's code is still on its way
 * (pending) or none is confirmed: nothing is ever sent for a code the lock does not have yet.
 * `credentials` are the booking's, in door order (the room door first).
 */
export function confirmedCode(credentials: readonly StoredCredential[]): ConfirmedCode | null {
  const held = credentials.filter((c) => c.kind === 'passcode' && (c.state === 'pending' || c.state === 'issued'));
  if (held.length === 0 || held.some((c) => c.state !== 'issued' || c.secret === '')) return null;
  const doors = held.map((c) => ({
    name: c.doorName,
    digits: c.secret,
    startMs: c.startMs,
    endMs: c.endMs,
    offline: c.variant === 'offline',
  }));
  const first = doors[0]!;
  const version = createHash('sha256')
    .update(held.map((c) => `${c.doorId}:${c.secret}:${c.startMs}:${c.endMs}`).join('|'))
    .digest('hex')
    .slice(0, 16);
  return { digits: first.digits, startMs: first.startMs, endMs: first.endMs, doors, version };
}

export interface Composed {
  subject: string;
  text: string;
  html: string;
}

export interface ComposeInput {
  kind: 'code' | 'cancel';
  template: Template;
  language: Language;
  booking: Pick<Booking, 'guestName' | 'roomName' | 'ref'>;
  propertyName: string;
  propertyText: string;
  timeZone: string;
  code: ConfirmedCode | null;
}

const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));

/** Blank lines left by an empty placeholder (no property text) collapse, so the message does not trail off. */
const tidy = (text: string): string => text.replace(/\n{3,}/g, '\n\n').trim();

/**
 * The guest's message from the manager's template, in the guest's language, times in the
 * property's zone. The HTML part is the same text, escaped, paragraph for paragraph.
 */
export function composeMessage(input: ComposeInput): Composed {
  const { language: lang, timeZone: zone } = input;
  const window = (startMs: number, endMs: number): string =>
    formatMessage(msg('delivery.window', { from: slipDateTime(startMs, zone, lang), until: slipDateTime(endMs, zone, lang), zone }), lang);
  const code = input.code;
  const doors = code
    ? code.doors
        .map((d) =>
          formatMessage(
            msg(d.offline ? 'delivery.offlineDoorLine' : 'delivery.doorLine', {
              door: d.name,
              code: d.digits,
              window: window(d.startMs, d.endMs),
            }),
            lang,
          ),
        )
        .join('\n')
    : '';
  const values: Record<string, string> = {
    guest: input.booking.guestName,
    room: input.booking.roomName,
    ref: input.booking.ref,
    property: input.propertyName,
    propertyText: input.propertyText,
    code: code?.digits ?? '',
    window: code ? window(code.startMs, code.endMs) : '',
    doors,
    howTo: formatMessage(msg('slip.howTo', { key: '#' }), lang),
  };
  const subject = fill(input.kind === 'code' ? input.template.subject : input.template.cancelSubject, values)
    .replace(/\s+/g, ' ')
    .trim();
  const text = tidy(fill(input.kind === 'code' ? input.template.body : input.template.cancelBody, values));
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:sans-serif;font-size:16px">${text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')}</body></html>`;
  return { subject, text, html };
}
