import { expect, test } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingDetail } from '../../shared/domain/booking';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { english } from '../../shared/messages';

let d: DeskUnderTest;
let dir: string;
test.beforeAll(async () => {
  d = await startDeskUnderTest('America/New_York');
  dir = mkdtempSync(join(tmpdir(), 'slip-pdf-'));
});
test.afterAll(async () => {
  await d.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Independent of the slip's own formatter: Intl parts in the property's zone. */
function expected(ms: number, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}, ${p['hour']}:${p['minute']}`;
}

const ES_WEEKDAYS: Record<string, string> = { Sun: 'dom', Mon: 'lun', Tue: 'mar', Wed: 'mié', Thu: 'jue', Fri: 'vie', Sat: 'sáb' };
const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

/** The Spanish slip's date: Intl's numbers in the zone, with the slip's Spanish names written out here. */
function expectedEs(ms: number, timeZone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  // Intl pads the day when the month is numeric ("03"); the slip writes "3 dic", as Spanish does.
  return `${ES_WEEKDAYS[p['weekday']!]} ${Number(p['day'])} ${ES_MONTHS[Number(p['month']) - 1]} ${p['year']}, ${p['hour']}:${p['minute']}`;
}

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await d.desk.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${english(r.msg)}`);
  return r.value as T;
}

for (const size of ['80mm', 'A4'] as const) {
  test(`the ${size} slip, printed to PDF in Chromium and read back, shows every door's code and window in the property's zone`, async ({
    page,
  }) => {
    await call('setup:save-settings', {
      houseText: 'Wi-Fi: CasaAzul-Guests / password sunny-day',
      qrText: 'WIFI:T:WPA;S:CasaAzul-Guests;P:sunny-day;;',
    });
    const today = await call<{ arrivals: { id: number }[] }>('booking:today', {});
    const bookingId = today.arrivals[0]!.id;
    const detail = await call<BookingDetail>('access:issue-passcode', { bookingId });
    const codes = detail.credentials.filter((c) => c.kind === 'passcode' && c.state === 'issued');
    expect(codes.length).toBe(detail.doors.length);
    expect(detail.doors.length).toBeGreaterThanOrEqual(2); // room + entrance

    const { html } = await call<{ html: string }>('slip:render', { bookingId, pageSize: size });
    await page.setContent(html);
    const pdf =
      size === 'A4'
        ? await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
        : await page.pdf({
            width: '80mm',
            height: '297mm',
            printBackground: true,
            margin: { top: '0', bottom: '0', left: '0', right: '0' },
          });
    const file = join(dir, `slip-${size}.pdf`);
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    const flat = text.replace(/\s+/g, ' ');
    const digitsOnly = text.replace(/(\d) (?=\d)/g, '$1');

    const tz = 'America/New_York';
    expect(flat).toContain(detail.guestName);
    expect(flat).toContain(detail.roomName);
    for (const c of codes) {
      expect(digitsOnly).toContain(c.secret);
      expect(flat).toContain(`From ${expected(c.startMs, tz)}`);
      expect(flat).toContain(`Until ${expected(c.endMs, tz)}`);
    }
    for (const door of detail.doors) expect(flat).toContain(door.name);
    expect(flat).toMatch(/type your code, then press #/);
    expect(flat).toContain('Wi-Fi: CasaAzul-Guests');
    expect(flat).toContain(`(${tz})`);
    // Nothing revoked or failed ever prints.
    for (const c of detail.credentials.filter((x) => x.state === 'revoked' || x.state === 'failed'))
      expect(digitsOnly).not.toContain(c.secret);

    await page.setViewportSize({ width: size === 'A4' ? 794 : 302, height: 1000 });
    await page.screenshot({ path: join('.reports', `slip-${size}.png`), fullPage: true });
  });
}

test('a Spanish slip for a guest at an English desk, printed to PDF and read back: Spanish words and dates, and its QR code scans', async ({
  page,
}) => {
  const qrText = 'WIFI:T:WPA;S:CasaAzul-Huéspedes;P:contraseña-ñandú;;';
  await call('setup:save-settings', { houseText: 'Wifi: CasaAzul · clave ñandú', qrText });
  expect(await call('slip:options', {})).toMatchObject({ language: 'en' });
  const today = await call<{ arrivals: { id: number }[] }>('booking:today', {});
  const bookingId = today.arrivals[0]!.id;
  const detail = await call<BookingDetail>('access:issue-passcode', { bookingId });
  const codes = detail.credentials.filter((c) => c.kind === 'passcode' && c.state === 'issued');
  expect(codes.length).toBe(detail.doors.length);

  const { html } = await call<{ html: string }>('slip:render', { bookingId, pageSize: '80mm', language: 'es' });
  await page.setContent(html);
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  const pdf = await page.pdf({
    width: '80mm',
    height: '297mm',
    printBackground: true,
    margin: { top: '0', bottom: '0', left: '0', right: '0' },
  });
  const file = join(dir, 'slip-es.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  const flat = text.replace(/\s+/g, ' ');
  const digitsOnly = text.replace(/(\d) (?=\d)/g, '$1');

  const tz = 'America/New_York';
  expect(flat).toMatch(new RegExp(`Huésped ${detail.guestName}`));
  expect(flat).toContain(`Habitación ${detail.roomName}`);
  expect(flat).toContain(`Entrada ${expectedEs(detail.arrivalMs, tz)}`);
  expect(flat).toContain(`Salida ${expectedEs(detail.departureMs, tz)}`);
  for (const c of codes) {
    expect(digitsOnly).toContain(c.secret);
    expect(flat).toContain(`Desde ${expectedEs(c.startMs, tz)}`);
    expect(flat).toContain(`Hasta ${expectedEs(c.endMs, tz)}`);
  }
  for (const door of detail.doors) expect(flat).toContain(door.name);
  expect(flat).toContain('Cómo abrir: toque el teclado para activarlo, marque su código y pulse #.');
  expect(flat).toContain('Wifi: CasaAzul · clave ñandú');
  expect(flat).toContain(`Horas locales (${tz}). Impreso el`);
  expect(flat).toContain(`Reserva ${detail.ref}.`);
  for (const english of ['Guest', 'Check-in', 'From ', 'Until ', 'How to open', 'Times are local', 'Printed', 'Booking '])
    expect(flat, english).not.toContain(english);

  // The QR code as printed: the PDF page rasterised at 300 dpi, read by zbar.
  execFileSync('pdftoppm', ['-r', '300', '-png', '-f', '1', '-l', '1', file, join(dir, 'slip-es')]);
  const png = join(dir, 'slip-es-1.png');
  expect(execFileSync('zbarimg', ['--raw', '-q', png]).toString('utf8').replace(/\n$/, '')).toBe(qrText);

  await page.setViewportSize({ width: 302, height: 1000 });
  await page.screenshot({ path: join('.reports', 'slip-80mm-es.png'), fullPage: true });
});
