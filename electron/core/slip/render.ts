import type { BookingDetail } from '../../../shared/domain/booking';
import type { Credential } from '../../../shared/domain/credential';
import type { SlipPageSizeName } from '../../../shared/domain/desk-settings';
import type { Property } from '../../../shared/domain/property';
import { formatMessage, msg, type Message } from '../../../shared/messages';
import type { Language } from '../../../shared/messages/languages';
import { escapeHtml, slipDateTime } from './format';
import { qrSvg } from './qr';
import { SLIP_CSS } from './slip-css';

export interface SlipInput {
  booking: BookingDetail;
  property: Property;
  pageSize: SlipPageSizeName;
  houseText: string;
  qrText: string;
  /** Ids of credentials that are offline random codes (24-hour activation rule, §10.10). */
  offlineCredentialIds: ReadonlySet<number>;
  printedAtMs: number;
  /** The guest's language: every word on the slip and `<html lang>`. */
  language: Language;
}

/** What a guest may use: confirmed or on its way to the lock. Failed and revoked ones never print. */
const usable = (c: Credential): boolean => c.state === 'issued' || c.state === 'pending';

export interface SlipDoorLine {
  door: string;
  shared: boolean;
  codes: { digits: string; fromMs: number; untilMs: number; offline: boolean }[];
  card: boolean;
}

/** The slip's content per door, in the booking's door order (room first, then shared doors). */
export function slipDoorLines(input: Pick<SlipInput, 'booking' | 'offlineCredentialIds'>): SlipDoorLine[] {
  return input.booking.doors.map((door) => {
    const mine = input.booking.credentials.filter((c) => c.doorId === door.id && usable(c));
    return {
      door: door.name,
      shared: door.kind === 'shared',
      codes: mine
        // An offline code waiting for the cloud has no digits yet: the desk prints only digits the cloud gave.
        .filter((c) => c.kind === 'passcode' && c.secret !== '')
        .map((c) => ({ digits: c.secret, fromMs: c.startMs, untilMs: c.endMs, offline: input.offlineCredentialIds.has(c.id) })),
      card: mine.some((c) => c.kind === 'card'),
    };
  });
}

/** Stands in for the keypad's # key while a sentence is escaped (a private-use character no sentence contains). */
const HASH_MARK = '\uE000';

/**
 * The guest slip as one self-contained HTML document (inline CSS, inline SVG QR): the print
 * window loads it from a data: URL with no network, and the preview opens it as is. Every
 * window shown is the credential's EFFECTIVE window (offline codes are whole hours) in the
 * property's time zone, never the booking's wish.
 */
export function renderSlipHtml(input: SlipInput): string {
  const { booking, property, language: lang } = input;
  const tz = property.timeZone;
  /** A catalogue sentence in the guest's language, escaped (its parameters may be guest data). */
  const say = (m: Message): string => escapeHtml(formatMessage(m, lang));
  const when = (ms: number): string => escapeHtml(slipDateTime(ms, tz, lang));
  const lines = slipDoorLines(input);
  const anyCode = lines.some((l) => l.codes.length > 0);

  const doorHtml = lines
    .map((l) => {
      const codes = l.codes
        .map(
          (c) => `<div class="code-row">
          <div class="code" aria-label="${say(msg('slip.code'))}">${escapeHtml(spaced(c.digits))}</div>
          <div class="window"><span>${say(msg('slip.from'))}</span> ${when(c.fromMs)}<br><span>${say(msg('slip.until'))}</span> ${when(c.untilMs)}</div>
          ${c.offline ? `<div class="note">${say(msg('slip.offlineNote'))}</div>` : ''}
        </div>`,
        )
        .join('');
      const fallback = l.codes.length > 0 ? '' : `<div class="note">${say(msg(l.card ? 'slip.cardOpens' : 'slip.noCode'))}</div>`;
      return `<section class="door"><h3>${escapeHtml(l.door)}${l.shared ? ` <small>${say(msg('slip.sharedDoor'))}</small>` : ''}</h3>${codes}${fallback}</section>`;
    })
    .join('');

  const house = input.houseText.trim() ? `<section class="house">${escapeHtml(input.houseText.trim())}</section>` : '';
  const qr = input.qrText.trim() ? `<section class="qr">${qrSvg(input.qrText.trim(), formatMessage(msg('slip.qr'), lang))}</section>` : '';
  // The # key goes in bold: worded with a private-use placeholder, escaped, then swapped for markup.
  const howTo = anyCode
    ? `<section class="howto"><strong>${say(msg('slip.howToLabel'))}</strong> ${say(msg('slip.howTo', { key: HASH_MARK })).replace(HASH_MARK, '<b>#</b>')}</section>`
    : '';

  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<title>${say(msg('slip.title', { property: property.name, guest: booking.guestName }))}</title>
<style>${SLIP_CSS[input.pageSize]}</style></head>
<body class="slip slip-${input.pageSize === 'A4' ? 'a4' : 'roll'}">
<main>
<header><h1>${escapeHtml(property.name)}</h1></header>
<section class="guest">
  <div><span>${say(msg('slip.guest'))}</span> <strong>${escapeHtml(booking.guestName)}</strong></div>
  <div><span>${say(msg('slip.room'))}</span> <strong>${escapeHtml(booking.roomName)}</strong></div>
  <div><span>${say(msg('slip.checkIn'))}</span> ${when(booking.arrivalMs)}</div>
  <div><span>${say(msg('slip.checkOut'))}</span> ${when(booking.departureMs)}</div>
</section>
${howTo}
${doorHtml}
${house}
${qr}
<footer>${say(msg('slip.footer', { zone: tz, printed: slipDateTime(input.printedAtMs, tz, lang), ref: booking.ref }))}</footer>
</main>
</body></html>`;
}

/** "482913" → "482 913": easier to read off paper; the keypad ignores nothing, so the guest types digits only. */
function spaced(digits: string): string {
  return digits.length > 5 ? digits.replace(/(\d{3})(?=\d)/g, '$1 ') : digits;
}
