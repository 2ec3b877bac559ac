import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, expectNoSeriousViolations } from './desk-helpers';
import { english } from '../../shared/messages';

// Guest identity on the screen: an Airbnb feed's stay shows its reservation code and the phone's
// last 4 in the list and on the booking, is found by either, and its name edited at the desk is
// what the list shows after the feed is read again; a walk-in's e-mail and mobile are on its booking.
// The calendar is written from Airbnb's format (made-up code and digits).
let dut: DeskUnderTest;
let server: Server;
const UID = '5f1e2d3c4b5a-0a1b2c3d4e5f60718293a4b5c6d7e8f9@airbnb.com';
const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN',
  'BEGIN:VEVENT',
  'DTSTAMP:20260601T080000Z',
  // The desk's today is Wednesday 10 June 2026 (TEST_INSTANT): arriving tomorrow in 103, where tonight is free for a walk-in.
  'DTSTART;VALUE=DATE:20260611',
  'DTEND;VALUE=DATE:20260613',
  'SUMMARY:Reserved',
  `UID:${UID}`,
  'DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/de',
  ' tails/HMQ4ZT7KXA\\nPhone Number (Last 4 Digits): 4821',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test.beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/calendar' }).end(ICS));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  dut = await startDeskUnderTest('Europe/Madrid');
  const state = await dut.desk.dispatch('setup:state', {});
  if (!state.ok) throw new Error(english(state.msg));
  const roomId = (state.value as { rooms: { id: number; name: string }[] }).rooms.find((r) => r.name === '103')!.id;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/103.ics`;
  const feed = await dut.desk.dispatch('feed:add', { roomId, name: 'Airbnb', url, refreshNow: true });
  if (!feed.ok) throw new Error(english(feed.msg));
});
test.afterAll(async () => {
  await dut.stop();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${size.width}`, () => {
    test.use({ viewport: size });
    test('an Airbnb guest shows the reservation code and the phone’s last 4, is found by them, and keeps the name the clerk gives', async ({
      page,
    }) => {
      await page.goto(dut.preview.url);
      const list = page.getByRole('navigation');
      await page.getByRole('searchbox', { name: 'Find a guest by name or room' }).fill('4821');
      const row = list.getByRole('button', { name: /Airbnb guest|Lena Airbnb/ });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText('HMQ4ZT7KXA');
      await expect(row).toContainText('phone ending 4821');
      await expect(row).not.toContainText('5f1e2d3c');
      await page.getByRole('searchbox', { name: 'Find a guest by name or room' }).fill('hmq4z');
      await list.getByRole('button', { name: /HMQ4ZT7KXA/ }).click();
      const panel = page.getByRole('region', { name: 'Selected guest' });
      await expect(panel.getByTestId('booking-ref')).toHaveText('Booking HMQ4ZT7KXA · phone ending 4821');
      await page.screenshot({ path: `.reports/desk-screens/15-guest-identity-${size.width}.png` });

      if (size.width === 1366) {
        const box = page.getByRole('region', { name: 'Guest messages' });
        await box.getByRole('button', { name: 'Edit guest' }).click();
        await box.getByLabel('Guest name', { exact: true }).fill('Lena Airbnb');
        await box.getByLabel('E-mail', { exact: true }).fill('lena@example.org');
        await box.getByRole('button', { name: 'Save' }).click();
        await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Lena Airbnb');
        await expectNoSeriousViolations(page, 'guest identity');
      }
      // The feed read again: the name the clerk gave stays.
      const feeds = await dut.desk.dispatch('feed:refresh', {});
      expect(feeds.ok).toBe(true);
      expect(await bookingOf(dut, 'Lena Airbnb')).toMatchObject({ resCode: 'HMQ4ZT7KXA', phoneLast4: '4821' });
    });
  });
}

test('es: a walk-in’s e-mail and mobile are shown on its booking', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // Every room is taken this morning: Olivia checks out of 103 first (she leaves today).
  const olivia = await bookingOf(dut, 'Olivia Smith');
  const out = await dut.desk.dispatch('access:check-out', { bookingId: olivia.id });
  if (!out.ok) throw new Error(english(out.msg));
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'Sin reserva' }).click();
  const walkIn = page.getByRole('dialog');
  await expect(walkIn.getByText('Teléfono o correo')).toHaveCount(0);
  await walkIn.getByLabel('Nombre del huésped').fill('Walter Caminante');
  await walkIn.getByLabel(/^Habitación/).selectOption({ label: '103' });
  await walkIn.getByLabel('Correo', { exact: true }).fill('walter@example.org');
  await walkIn.getByLabel('Móvil (con prefijo de país)').fill('+34 600 11 22 33');
  await walkIn.getByRole('button', { name: 'Crear reserva' }).click();
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /Walter Caminante/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Walter Caminante' })).toBeVisible();
  const box = page.getByRole('region', { name: 'Mensajes al huésped' });
  await expect(box.getByTestId('delivery-email')).toContainText('walter@example.org');
  await expect(box.getByTestId('delivery-phone')).toContainText('+34600112233');
  await page.screenshot({ path: '.reports/desk-screens/15-walk-in-contact-es-1366.png' });
});
