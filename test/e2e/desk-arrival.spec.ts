import { expect, test } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, door, HOUR, issueCard, lockOf, openGuest } from './desk-helpers';

// Lifecycle rows 1 (arrival: find or walk in) and 2 (card on the room and every shared door).
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

test('search-as-you-type finds a booking by reference and by room, across all bookings', async ({ page }) => {
  await page.goto(dut.preview.url);
  const search = page.getByRole('searchbox', { name: 'Find a guest by name or room' });
  await search.click();
  await page.keyboard.type('DEMO-1002', { delay: 60 });
  const results = page.getByRole('region', { name: /Search results/ });
  await expect(results.getByRole('button', { name: /Tom Becker/ })).toBeVisible();
  await expect(results.getByRole('button')).toHaveCount(1);
  await search.fill('20');
  await expect(results.getByRole('button', { name: /Mei Tanaka/ })).toBeVisible();
  await expect(results.getByRole('button', { name: /Lukas Novák/ })).toBeVisible();
  await search.fill('nobody-like-this');
  await expect(page.getByText('Nobody matches “nobody-like-this”.')).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
});

// Issue 15 rule 2: an occupied room is refused with the clash named and no "Save anyway"; the
// clerk picks a room that is free (103, once its guest is checked out).
test('a walk-in into an occupied room is refused; one into a free room is created and their card opens the room and the entrance', async ({
  page,
}) => {
  const card = '4012345678';
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Walk-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'New walk-in guest' });
  await dialog.getByLabel('Guest name').fill('Sofía Walker');
  await dialog.getByLabel('Room').selectOption({ label: '101' });
  await expect(dialog.getByTestId('room-health-ok')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create booking' }).click();
  // Ana García arrives in 101 today: the desk says so and refuses; there is no "save anyway".
  await expect(dialog.getByRole('alert')).toContainText(/Ana García/);
  await expect(dialog.getByRole('button', { name: 'Save anyway' })).toHaveCount(0);
  const olivia = await bookingOf(dut, 'Olivia Smith');
  const out = await dut.desk.dispatch('access:check-out', { bookingId: olivia.id });
  expect(out.ok).toBe(true);
  await dialog.getByLabel('Room').selectOption({ label: '103' });
  await dialog.getByRole('button', { name: 'Create booking' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Sofía Walker' })).toBeVisible();
  await expect(page.getByText('Booking created for Sofía Walker in room 103.')).toBeVisible();

  await issueCard(page, card);
  await expect(door(page, 'Room 103').locator('[data-state="issued"]')).toBeVisible();
  await expect(door(page, 'Entrance').locator('[data-state="issued"]')).toBeVisible();
  await expect(page.getByTestId('outcome')).toContainText('Card ready: it opens Room 103, Entrance.');
  await expect(page.getByRole('button', { name: /Sofía Walker/ })).toBeVisible(); // now in the lists

  const b = await bookingOf(dut, 'Sofía Walker');
  expect(b.status).toBe('checked_in');
  const now = dut.desk.time.now() + 60_000;
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 103'), card, now)).toBe(true);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Entrance'), card, now)).toBe(true);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 102'), card, now)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 103'), card, b.departureMs + HOUR)).toBe(false);
});

test('a second card for the same guest works alongside the first', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  await issueCard(page, '4100000001');
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  await issueCard(page, '4100000002');
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  await expect(door(page, 'Room 102').locator('[data-state="issued"]')).toHaveCount(2);
  const during = (await bookingOf(dut, 'Tom Becker')).arrivalMs + HOUR;
  for (const card of ['4100000001', '4100000002'])
    expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 102'), card, during)).toBe(true);
});

// Issue 15 rule 1: an early card into a room whose guest is still in house starts at the arrival,
// and the outcome says so; the lock agrees.
test('an early card into an occupied room is valid from the arrival, and the desk says when', async ({ page }) => {
  const card = '4012340015';
  const olivia = await bookingOf(dut, 'Olivia Smith');
  const arrivalMs = olivia.departureMs + 28 * HOUR; // tomorrow 15:00; 103 has a guest in house now (Olivia, or the walk-in above)
  const made = await dut.desk.dispatch('booking:create', {
    guestName: 'Eve Early',
    roomId: olivia.roomId,
    arrivalMs,
    departureMs: arrivalMs + 20 * HOUR,
  });
  expect(made.ok).toBe(true);
  await page.goto(dut.preview.url);
  await openGuest(page, 'Eve Early');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome-notice')).toHaveText(/^Valid from \d{4}-\d\d-\d\d 15:00, when 103 is free/);
  const now = dut.desk.time.now() + 60_000;
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 103'), card, now)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 103'), card, arrivalMs + HOUR)).toBe(true);
});
