import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, expectNoSeriousViolations, openGuest } from './desk-helpers';
import { english } from '../../shared/messages';

// No-show on an arrival, through the screen: refused with the reason before the arrival time;
// after it, confirmed once, the stay is cancelled and marked, in English and Spanish at 1366x768.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest('Europe/Madrid');
  const status = await dut.desk.dispatch('desk:status', {});
  if (!status.ok) throw new Error(english(status.msg));
  const nowMs = (status.value as { nowMs: number }).nowMs;
  const state = await dut.desk.dispatch('setup:state', {});
  if (!state.ok) throw new Error(english(state.msg));
  const room = (name: string): number => (state.value as { rooms: { id: number; name: string }[] }).rooms.find((r) => r.name === name)!.id;
  // Two arrivals whose time has passed (09:00 and 09:10 this morning, the desk's 09:30), out before the 15:00 arrivals.
  for (const [guestName, roomName, ago] of [
    ['Nico Noshow', '201', 30],
    ['Nuria Noshow', '101', 20],
  ] as const) {
    const r = await dut.desk.dispatch('booking:create', {
      guestName,
      roomId: room(roomName),
      arrivalMs: nowMs - ago * 60_000,
      departureMs: nowMs + 4 * 3_600_000 - ago * 60_000,
    });
    if (!r.ok) throw new Error(english(r.msg));
  }
});
test.afterAll(async () => {
  await dut.stop();
});
test.use({ viewport: { width: 1366, height: 768 } });

test('before the arrival time the desk says why it cannot be a no-show yet', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Ana García');
  await page.getByRole('button', { name: 'No-show' }).click();
  await page.getByRole('button', { name: 'Mark no-show' }).click();
  await expect(page.getByRole('alert')).toHaveText('The arrival time has not come yet: a guest can be marked a no-show only after it.');
  expect((await bookingOf(dut, 'Ana García')).status).toBe('booked');
});

test('after the arrival time: confirmed once, the stay is cancelled and marked a no-show', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Nico Noshow');
  await page.getByRole('button', { name: 'No-show' }).click();
  await expect(page.getByRole('button', { name: 'Keep the stay' })).toBeFocused();
  await expectNoSeriousViolations(page, 'no-show question');
  await page.getByRole('button', { name: 'Mark no-show' }).click();
  await expect(page.getByRole('group', { name: 'Actions' }).getByText('No-show', { exact: true })).toBeVisible();
  const nico = await bookingOf(dut, 'Nico Noshow');
  expect([nico.status, typeof nico.noShowMs]).toEqual(['cancelled', 'number']);
});

test('es: the question and the mark in Spanish', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Nuria Noshow');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.getByRole('button', { name: 'No presentado' }).click();
  await expect(page.getByText('¿Nuria Noshow no ha llegado?', { exact: false })).toBeVisible();
  await page.screenshot({ path: '.reports/desk-screens/14-no-show-ask-es-1366.png' });
  await page.getByRole('button', { name: 'Marcar no presentado' }).click();
  await expect(page.getByText('No presentado', { exact: true })).toBeVisible();
  await page.screenshot({ path: '.reports/desk-screens/14-no-show-marked-es-1366.png' });
});
