import { expect, test } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, canOpenWithCode, door, HOUR, issueCard, lockOf, openGuest, setGateway } from './desk-helpers';

// Lifecycle row 3 (passcode on every door, offline fallback shown honestly) and the no-gateway failure.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

test('a passcode goes on every door; the door whose gateway is down gets an offline code with its real whole-hour window', async ({
  page,
}) => {
  setGateway(dut, 'Room 102', false);
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Check locks now' }).click();
  await openGuest(page, 'Tom Becker');
  await expect(door(page, 'Room 102').getByText('Gateway offline')).toBeVisible();
  await page.getByRole('button', { name: 'Issue passcode' }).click();

  const outcome = page.getByTestId('outcome');
  await expect(outcome.locator('[data-door="Room 102"]')).toContainText(/Offline code \d+, works .*whole hours/);
  await expect(outcome.locator('[data-door="Entrance"]')).toContainText(/Code \d{6} works/);
  await expect(door(page, 'Room 102').getByText('offline code')).toBeVisible();

  const b = await bookingOf(dut, 'Tom Becker');
  const room = b.credentials.find((c) => c.kind === 'passcode' && c.doorName === 'Room 102')!;
  const entrance = b.credentials.find((c) => c.kind === 'passcode' && c.doorName === 'Entrance')!;
  expect(room.state).toBe('issued');
  expect(room.startMs % HOUR).toBe(0);
  expect(room.endMs % HOUR).toBe(0);
  expect(room.endMs).toBeGreaterThanOrEqual(b.departureMs);
  // The clerk sees the effective window of the offline code, not the booking's.
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Madrid',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  await expect(outcome.locator('[data-door="Room 102"]')).toContainText(`${fmt.format(room.startMs)} – ${fmt.format(room.endMs)}`);
  await expect(outcome.locator('[data-door="Room 102"]')).toContainText(room.secret);

  const during = b.arrivalMs + HOUR;
  expect(await canOpenWithCode(dut.simulatorUrl, lockOf(dut, 'Entrance'), entrance.secret, during)).toBe(true);
  // An offline code starts at the arrival hour, or at the current hour once the guest is in house
  // (first use within 24 h of its start, §10.10): the guest's first entry is within its first hour.
  const firstEntry = Math.max(b.arrivalMs, room.startMs) + 10 * 60_000;
  expect(await canOpenWithCode(dut.simulatorUrl, lockOf(dut, 'Room 102'), room.secret, firstEntry)).toBe(true);
  expect(await canOpenWithCode(dut.simulatorUrl, lockOf(dut, 'Entrance'), entrance.secret, b.departureMs + HOUR)).toBe(false);
  setGateway(dut, 'Room 102', true);
});

test('a door without any gateway gets no card, says why in plain words, and the other doors work', async ({ page }) => {
  dut.desk.simulator!.state.locks.get(lockOf(dut, 'Room 201'))!.hasGateway = false;
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Check locks now' }).click();
  await openGuest(page, 'Mei Tanaka');
  await expect(door(page, 'Room 201').getByText('No gateway')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Guests' }).getByRole('button', { name: /Mei Tanaka/ })).toContainText('No gateway');

  await issueCard(page, '4200000001');
  await expect(door(page, 'Room 201').locator('[data-state="failed"]')).toBeVisible();
  await expect(door(page, 'Entrance').locator('[data-state="issued"]')).toBeVisible();
  const line = page.getByTestId('outcome').locator('[data-door="Room 201"]');
  await expect(line).toContainText('Not issued:');
  await expect(line).toContainText('Call the manager');
  await expect(page.getByTestId('outcome')).toContainText('Not every door could be done');

  const during = (await bookingOf(dut, 'Mei Tanaka')).arrivalMs + HOUR;
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 201'), '4200000001', during)).toBe(false);
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Entrance'), '4200000001', during)).toBe(true);
});
