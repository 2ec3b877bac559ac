import { expect, test } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { tap } from './desk-helpers';

let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

/** The locks of Room 101 and the shared entrance, as the simulator knows them. */
function locksOf101(): { room: number; entrance: number } {
  const locks = [...dut.desk.simulator!.state.locks.values()];
  return { room: locks.find((l) => l.lockAlias === 'Room 101')!.lockId, entrance: locks.find((l) => l.lockAlias === 'Entrance')!.lockId };
}

test('a clerk issues a card to an arriving guest and checks them out; the locks follow', async ({ page }) => {
  const card = '3661413478';
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: /Ana García/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana García' })).toBeVisible();

  await page.getByRole('button', { name: 'Issue card' }).click();
  await expect(page.getByText('Tap the guest’s card on the reader')).toBeVisible();
  // The reader types the number as a burst of keys a few ms apart, then Enter.
  await tap(page, card);

  const roomDoor = page.locator('[data-door="Room 101"]');
  const entrance = page.locator('[data-door="Entrance"]');
  await expect(roomDoor.locator('[data-state="issued"]')).toBeVisible();
  await expect(entrance.locator('[data-state="issued"]')).toBeVisible();
  await expect(page.getByText('Card ready')).toBeVisible();
  await page.screenshot({ path: 'test-results/desk-card-issued.png' });

  // Lock-side truth: the card opens both doors during the stay, and neither after departure.
  const booking = (await dut.desk.dispatch('booking:get', { bookingId: 1 })) as {
    ok: true;
    value: { arrivalMs: number; departureMs: number };
  };
  const during = booking.value.arrivalMs + 60 * 60_000;
  const after = booking.value.departureMs + 60_000;
  const { room, entrance: door } = locksOf101();
  expect(await canOpen(dut.simulatorUrl, room, card, during)).toBe(true);
  expect(await canOpen(dut.simulatorUrl, door, card, during)).toBe(true);
  expect(await canOpen(dut.simulatorUrl, room, card, after)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, door, card, after)).toBe(false);

  // Check-out asks for confirmation, then revokes on every door.
  await page.getByRole('button', { name: 'Check out' }).click();
  await page.getByRole('button', { name: /Yes, check out room 101/ }).click();
  await expect(roomDoor.locator('[data-state="revoked"]')).toBeVisible();
  await expect(entrance.locator('[data-state="revoked"]')).toBeVisible();
  await expect(page.getByText('Checked out', { exact: true })).toBeVisible();
  expect(await canOpen(dut.simulatorUrl, room, card, during)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, door, card, during)).toBe(false);

  await page.screenshot({ path: 'test-results/desk-after-checkout.png' });
});
