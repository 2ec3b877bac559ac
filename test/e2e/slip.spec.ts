import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingDetail } from '../../shared/domain/booking';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';

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
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}, ${p['hour']}:${p['minute']}`;
}

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const r = await d.desk.dispatch(channel, payload);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

for (const size of ['80mm', 'A4'] as const) {
  test(`the ${size} slip, printed to PDF in Chromium and read back, shows every door's code and window in the property's zone`, async ({ page }) => {
    await call('setup:save-settings', { houseText: 'Wi-Fi: CasaAzul-Guests / password sunny-day', qrText: 'WIFI:T:WPA;S:CasaAzul-Guests;P:sunny-day;;' });
    const today = await call<{ arrivals: { id: number }[] }>('booking:today', {});
    const bookingId = today.arrivals[0]!.id;
    const detail = await call<BookingDetail>('access:issue-passcode', { bookingId });
    const codes = detail.credentials.filter((c) => c.kind === 'passcode' && c.state === 'issued');
    expect(codes.length).toBe(detail.doors.length);
    expect(detail.doors.length).toBeGreaterThanOrEqual(2); // room + entrance

    const { html } = await call<{ html: string }>('slip:render', { bookingId, pageSize: size });
    await page.setContent(html);
    const pdf = size === 'A4' ? await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }) : await page.pdf({ width: '80mm', height: '297mm', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } });
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
    for (const c of detail.credentials.filter((x) => x.state === 'revoked' || x.state === 'failed')) expect(digitsOnly).not.toContain(c.secret);

    await page.setViewportSize({ width: size === 'A4' ? 794 : 302, height: 1000 });
    await page.screenshot({ path: join('.reports', `slip-${size}.png`), fullPage: true });
  });
}
