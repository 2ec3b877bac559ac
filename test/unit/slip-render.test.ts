import { describe, expect, it } from 'vitest';
import { slipDateTime } from '../../electron/core/slip/format';
import { renderSlipHtml, type SlipInput } from '../../electron/core/slip/render';
import type { BookingDetail } from '../../shared/domain/booking';
import type { Credential } from '../../shared/domain/credential';
import { formatMessage, msg } from '../../shared/messages';

/**
 * The slip renderer is pure (booking + settings → HTML), so these tests read its HTML directly.
 * Expected dates are written out by hand from UTC instants (Madrid is UTC+1 in winter, UTC+2 in
 * summer; the clocks go forward at 02:00 on 29 Mar 2026 and back at 03:00 on 25 Oct 2026).
 */
const utc = (y: number, mo: number, d: number, h: number, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);

let nextId = 1;
function cred(
  doorId: number,
  kind: Credential['kind'],
  secret: string,
  startMs: number,
  endMs: number,
  state: Credential['state'] = 'issued',
): Credential {
  return { id: nextId++, bookingId: 7, doorId, doorName: `door ${doorId}`, kind, secret, startMs, endMs, state, error: null };
}

// Check-in Sat 28 Mar 2026 15:00 CET (14:00Z), check-out Sun 29 Mar 11:00 CEST (09:00Z): the night the clocks go forward.
const arrival = utc(2026, 3, 28, 14);
const departure = utc(2026, 3, 29, 9);
const roomCode = cred(1, 'passcode', '482913', arrival, departure);
const offlineCode = cred(2, 'passcode', '55501234', utc(2026, 3, 28, 14), utc(2026, 3, 29, 9));
const revokedCode = cred(1, 'passcode', '999111', arrival, departure, 'revoked');
const failedCode = cred(2, 'passcode', '777222', arrival, departure, 'failed');
const gymCard = cred(3, 'card', '3141592653', arrival, departure);

function booking(over: Partial<BookingDetail> = {}): BookingDetail {
  return {
    id: 7,
    ref: 'BK-2026-0042',
    source: 'manual',
    guestName: 'Lucía Fernández',
    contact: '',
    notes: '',
    roomId: 1,
    roomName: '101',
    arrivalMs: arrival,
    departureMs: departure,
    status: 'booked',
    accessFromMs: null,
    doors: [
      { id: 1, name: 'Room 101', kind: 'room' },
      { id: 2, name: 'Entrance', kind: 'shared' },
      { id: 3, name: 'Gym', kind: 'shared' },
      { id: 4, name: 'Pool', kind: 'shared' },
    ],
    credentials: [roomCode, offlineCode, revokedCode, failedCode, gymCard],
    ...over,
  };
}

function input(over: Partial<SlipInput> = {}): SlipInput {
  return {
    booking: booking(),
    property: { name: 'Casa Azul', timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' },
    pageSize: '80mm',
    houseText: 'Wi-Fi: CasaAzul / sunny-day\nBreakfast 8–10',
    qrText: 'WIFI:T:WPA;S:CasaAzul;P:sunny-day;;',
    offlineCredentialIds: new Set([offlineCode.id]),
    printedAtMs: utc(2026, 3, 28, 13, 47),
    language: 'en',
    ...over,
  };
}

/** The slip's visible text, one space between words (tags dropped, the few entities decoded). */
function text(html: string): string {
  const body = html.includes('<body') ? html.slice(html.indexOf('<body')) : html;
  return body
    .replace(/<\/?b>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of one door's section, so a line is checked under the right door. */
function doorText(html: string, door: string): string {
  const sections = [...html.matchAll(/<section class="door">([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
  const mine = sections.find((s) => s.includes(`<h3>${door}`));
  if (!mine) throw new Error(`no section for ${door}`);
  return text(mine);
}

describe('slip dates (DST-safe wall time, names per language)', () => {
  it('writes the property-zone wall time on both sides of the spring-forward gap and the autumn repeat', () => {
    const tz = 'Europe/Madrid';
    expect(slipDateTime(utc(2026, 3, 28, 14), tz, 'en')).toBe('Sat 28 Mar 2026, 15:00');
    expect(slipDateTime(utc(2026, 3, 28, 14), tz, 'es')).toBe('sáb 28 mar 2026, 15:00');
    // 00:59Z is 01:59 CET; one minute later it is 03:00 CEST: 02:xx never happens that night.
    expect(slipDateTime(utc(2026, 3, 29, 0, 59), tz, 'en')).toBe('Sun 29 Mar 2026, 01:59');
    expect(slipDateTime(utc(2026, 3, 29, 1), tz, 'en')).toBe('Sun 29 Mar 2026, 03:00');
    expect(slipDateTime(utc(2026, 3, 29, 9), tz, 'es')).toBe('dom 29 mar 2026, 11:00');
    // 25 Oct: 02:30 happens twice, an hour apart.
    expect(slipDateTime(utc(2026, 10, 25, 0, 30), tz, 'en')).toBe('Sun 25 Oct 2026, 02:30');
    expect(slipDateTime(utc(2026, 10, 25, 1, 30), tz, 'es')).toBe('dom 25 oct 2026, 02:30');
    // Every month and weekday name, Spanish; a date far from UTC (Pacific/Kiritimati is UTC+14).
    const es = Array.from({ length: 12 }, (_, i) => slipDateTime(utc(2027, i + 1, 1, 12), 'UTC', 'es'));
    expect(es.map((s) => s.split(' ')[2])).toEqual(['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic']);
    expect(es[0]).toBe('vie 1 ene 2027, 12:00');
    expect(slipDateTime(utc(2026, 12, 31, 11), 'Pacific/Kiritimati', 'es')).toBe('vie 1 ene 2027, 01:00');
    expect(slipDateTime(utc(2026, 5, 6, 12), 'UTC', 'es')).toBe('mié 6 may 2026, 12:00');
  });
});

describe('renderSlipHtml', () => {
  it('English 80 mm: guest, room, each door with its effective window in the property zone, notes, footer', () => {
    const html = renderSlipHtml(input());
    const all = text(html);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<body class="slip slip-roll">');
    expect(html).toContain('@page { size: 80mm auto; margin: 0; }');
    expect(html).toContain('<title>Casa Azul · Lucía Fernández</title>');
    expect(all).toContain('Guest Lucía Fernández Room 101 Check-in Sat 28 Mar 2026, 15:00 Check-out Sun 29 Mar 2026, 11:00');
    expect(all).toContain('How to open: touch the keypad to wake it, type your code, then press #.');
    expect(html).toContain('then press <b>#</b>.');

    expect(doorText(html, 'Room 101')).toBe('Room 101 482 913 From Sat 28 Mar 2026, 15:00 Until Sun 29 Mar 2026, 11:00');
    expect(doorText(html, 'Entrance')).toBe(
      'Entrance (shared door) 555 012 34 From Sat 28 Mar 2026, 15:00 Until Sun 29 Mar 2026, 11:00 Use this code for the first time within 24 hours of its start.',
    );
    expect(doorText(html, 'Gym')).toBe('Gym (shared door) Your key card opens this door.');
    expect(doorText(html, 'Pool')).toBe('Pool (shared door) No code for this door yet. Please ask at the desk.');
    // Revoked and failed codes never print; the card's number is not a code.
    for (const secret of ['999111', '999 111', '777222', '777 222', '3141592653']) expect(html).not.toContain(secret);
    expect(html).toContain('<section class="house">Wi-Fi: CasaAzul / sunny-day\nBreakfast 8–10</section>');
    expect(all).toContain('Times are local time (Europe/Madrid). Printed Sat 28 Mar 2026, 14:47. Booking BK-2026-0042.');
    expect(html).toContain('<section class="qr"><svg');
    expect(html).toMatch(/<svg [^>]*aria-label="QR code">/);
  });

  it('Spanish A4: the same slip with every word in Spanish and lang="es"', () => {
    const html = renderSlipHtml(input({ language: 'es', pageSize: 'A4' }));
    const all = text(html);
    expect(html).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(html).toContain('<body class="slip slip-a4">');
    expect(html).toContain('@page { size: A4; margin: 18mm; }');
    expect(all).toContain('Huésped Lucía Fernández Habitación 101 Entrada sáb 28 mar 2026, 15:00 Salida dom 29 mar 2026, 11:00');
    expect(all).toContain('Cómo abrir: toque el teclado para activarlo, marque su código y pulse #.');
    expect(doorText(html, 'Room 101')).toBe('Room 101 482 913 Desde sáb 28 mar 2026, 15:00 Hasta dom 29 mar 2026, 11:00');
    expect(doorText(html, 'Entrance')).toBe(
      'Entrance (puerta común) 555 012 34 Desde sáb 28 mar 2026, 15:00 Hasta dom 29 mar 2026, 11:00 Use este código por primera vez en las 24 horas siguientes a su inicio.',
    );
    expect(doorText(html, 'Gym')).toBe('Gym (puerta común) Su tarjeta abre esta puerta.');
    expect(doorText(html, 'Pool')).toBe('Pool (puerta común) Esta puerta aún no tiene código. Pregunte en recepción.');
    expect(all).toContain('Horas locales (Europe/Madrid). Impreso el sáb 28 mar 2026, 14:47. Reserva BK-2026-0042.');
    expect(html).toContain('aria-label="código"');
    expect(html).toContain('aria-label="Código QR"');
    // No English slip word is left over.
    for (const word of [
      'Guest',
      'Check-in',
      'From',
      'Until',
      'How to open',
      'shared door',
      'key card',
      'Times are',
      'Printed',
      'Booking',
      'Sat ',
      'Mar 2026',
    ]) {
      expect(all, word).not.toContain(word);
    }
  });

  it('shows the EFFECTIVE window of an offline code (whole hours), not the booking’s wish', () => {
    const early = cred(2, 'passcode', '1234567', utc(2026, 3, 28, 14), utc(2026, 3, 29, 10)); // 15:00 CET → 12:00 CEST
    const html = renderSlipHtml(input({ booking: booking({ credentials: [roomCode, early] }), offlineCredentialIds: new Set([early.id]) }));
    expect(doorText(html, 'Entrance')).toContain('Until Sun 29 Mar 2026, 12:00');
    expect(text(html)).toContain('Check-out Sun 29 Mar 2026, 11:00');
  });

  it('a pending code prints (on its way to the lock); a slip with no code at all has no keypad instructions', () => {
    const pending = cred(1, 'passcode', '246810', arrival, departure, 'pending');
    expect(doorText(renderSlipHtml(input({ booking: booking({ credentials: [pending] }) })), 'Room 101')).toContain('246 810');
    const html = renderSlipHtml(input({ booking: booking({ credentials: [gymCard] }) }));
    expect(html).not.toContain('class="howto"');
    expect(doorText(html, 'Room 101')).toBe('Room 101 No code for this door yet. Please ask at the desk.');
  });

  it('escapes a hostile guest name, room, door, booking ref and house text everywhere they appear', () => {
    const evil = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;`;
    const html = renderSlipHtml(
      input({
        booking: booking({ guestName: evil, roomName: `${evil}R`, ref: `${evil}B`, doors: [{ id: 1, name: `${evil}D`, kind: 'room' }] }),
        property: { name: `${evil}P`, timeZone: 'Europe/Madrid', checkInTime: '15:00', checkOutTime: '11:00' },
        houseText: evil,
        language: 'es',
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror='/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;');
    expect(html).toContain(`<title>${escapedEvil}P · ${escapedEvil}</title>`);
    expect(text(html)).toContain(`Huésped ${evil} Habitación ${evil}R`);
    expect(text(html)).toContain(`Reserva ${evil}B.`);
  });

  it('prints no QR when the QR text is empty or blank, and a QR when there is one', () => {
    expect(renderSlipHtml(input({ qrText: '' }))).not.toContain('<svg');
    expect(renderSlipHtml(input({ qrText: '   \n ' }))).not.toContain('class="qr"');
    expect(renderSlipHtml(input({ qrText: '', houseText: '' }))).not.toContain('class="house"');
    expect(renderSlipHtml(input({ qrText: 'https://casa-azul.example/wifi' }))).toMatch(/<section class="qr"><svg[^>]*>/);
  });
});

const escapedEvil = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;';

describe('why a slip became a PDF (its reason)', () => {
  it('words the printer failure in either language, the OS reason kept as given', () => {
    expect(formatMessage(msg('slip.noPrinter'), 'en')).toBe('no printer chosen');
    expect(formatMessage(msg('slip.printerFailed', { printer: 'EPSON TM-T20', failure: msg('slip.printerRefused') }), 'en')).toBe(
      'printer "EPSON TM-T20": the printer refused the job',
    );
    expect(formatMessage(msg('slip.printerFailed', { printer: 'EPSON TM-T20', failure: msg('slip.printerRefused') }), 'es')).toBe(
      'impresora «EPSON TM-T20»: la impresora rechazó el trabajo',
    );
    expect(formatMessage(msg('slip.printerFailed', { printer: 'EPSON', failure: 'Printer offline' }), 'es')).toBe(
      'impresora «EPSON»: Printer offline',
    );
  });
});
