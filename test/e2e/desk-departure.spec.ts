import { expect, test } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, canOpenWithCode, door, HOUR, issueCard, lockOf, openGuest, setGateway } from './desk-helpers';

// Lifecycle row 7: checkout (also through a gateway outage) and cancellation revoke every door.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

test('a checkout during a gateway outage shows “revocation pending”, then revoked once the gateway is back', async ({ page }) => {
  test.setTimeout(60_000);
  const card = '3500000001';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  const during = (await bookingOf(dut, 'Tom Becker')).arrivalMs + HOUR;

  setGateway(dut, 'Room 102', false);
  await page.getByRole('button', { name: 'Check out' }).click();
  await page.getByRole('button', { name: 'Yes, check out room 102' }).click();
  await expect(door(page, 'Room 102').locator('[data-state="revoking"]')).toHaveText('Revocation pending');
  await expect(door(page, 'Entrance').locator('[data-state="revoked"]')).toBeVisible();
  await expect(page.getByTestId('outcome').locator('[data-door="Room 102"]')).toContainText(
    'the desk keeps trying until the lock confirms',
  );
  await expect(page.getByText('Checked out', { exact: true })).toBeVisible();
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 102'), card, during)).toBe(true); // still on the lock
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Entrance'), card, during)).toBe(false);

  setGateway(dut, 'Room 102', true);
  await expect(door(page, 'Room 102').locator('[data-state="revoked"]')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId('outcome')).toContainText('Every card and code is removed from every door.');
  expect(await canOpen(dut.simulatorUrl, lockOf(dut, 'Room 102'), card, during)).toBe(false);
});

test('cancelling a booking asks first, then removes its passcode from every door', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Mei Tanaka');
  await page.getByRole('button', { name: 'Issue passcode' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Passcode ready');
  const b = await bookingOf(dut, 'Mei Tanaka');
  const code = b.credentials.find((c) => c.kind === 'passcode')!.secret;
  expect(await canOpenWithCode(dut.simulatorUrl, lockOf(dut, 'Room 201'), code, b.arrivalMs + HOUR)).toBe(true);

  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(page.getByText('Cancel the booking of Mei Tanaka and remove any card or code already issued?')).toBeVisible();
  await page.getByRole('button', { name: 'Keep the booking' }).click();
  expect((await bookingOf(dut, 'Mei Tanaka')).status).toBe('checked_in');
  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await page.getByRole('button', { name: `Yes, cancel booking ${b.ref}` }).click();
  await expect(page.getByTestId('outcome')).toContainText('The booking is cancelled.');
  await expect(page.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(door(page, 'Room 201').locator('[data-state="revoked"]')).toBeVisible();
  for (const alias of ['Room 201', 'Entrance'])
    expect(await canOpenWithCode(dut.simulatorUrl, lockOf(dut, alias), code, b.arrivalMs + HOUR)).toBe(false);
  await expect(page.getByRole('button', { name: 'Issue passcode' })).toBeDisabled();
});
