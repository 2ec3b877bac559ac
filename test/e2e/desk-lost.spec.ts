import { expect, test } from './fixtures';
import { canOpen, startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { door, issueCard, lockOf, openGuest, tap } from './desk-helpers';

// Lifecycle row 6: a tapped card says whose it is; lost → blocked everywhere and replaced; handed back.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const soon = (): number => dut.desk.time.now() + 60_000;

test('a tap with nothing waiting says whose card it is; “Report lost” blocks it everywhere and a replacement works', async ({ page }) => {
  const lost = '3400000001';
  const replacement = '3400000002';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Lukas Novák');
  await issueCard(page, lost);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');

  await page.waitForTimeout(1100); // the reader's one-tap-per-second rule
  await tap(page, lost);
  const identity = page.getByTestId('card-identity');
  await expect(identity).toContainText(`Card ${lost} belongs to`);
  await expect(identity.getByRole('heading', { level: 1, name: 'Lukas Novák' })).toBeVisible();
  await expect(identity).toContainText('Room 202');
  await expect(identity).toContainText('Valid until');
  await expect(identity.locator('[data-state="issued"]')).toHaveCount(2);

  await identity.getByRole('button', { name: 'Report lost' }).click();
  await expect(page.getByTestId('outcome')).toContainText('The card is blocked on every door.');
  await expect(door(page, 'Room 202').locator('[data-state="revoked"]')).toBeVisible();
  for (const alias of ['Room 202', 'Entrance']) expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), lost, soon())).toBe(false);

  await page.getByRole('button', { name: 'Issue a replacement card' }).click();
  await expect(page.getByText('Tap the guest’s card on the reader')).toBeVisible();
  await page.waitForTimeout(1100); // the reader's one-tap-per-second rule (the lost card was tapped just now)
  await tap(page, replacement);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  for (const alias of ['Room 202', 'Entrance']) expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), replacement, soon())).toBe(true);
});

test('an unknown card is answered plainly', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await tap(page, '3499999999');
  await expect(page.getByRole('heading', { name: 'Card 3499999999 was read. No guest has this card.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Select a guest on the left')).toBeVisible();
});

test('a card handed back is tapped and removed from every door', async ({ page }) => {
  const card = '3400000003';
  await page.goto(dut.preview.url);
  await openGuest(page, 'Tom Becker');
  await issueCard(page, card);
  await expect(page.getByTestId('outcome')).toContainText('Card ready');
  await page.waitForTimeout(1100);
  await tap(page, card);
  await page.getByTestId('card-identity').getByRole('button', { name: 'Card handed back' }).click();
  await expect(page.getByTestId('outcome')).toContainText('The card is removed from every door.');
  await expect(door(page, 'Entrance').locator('[data-state="revoked"]')).toBeVisible();
  for (const alias of ['Room 102', 'Entrance']) expect(await canOpen(dut.simulatorUrl, lockOf(dut, alias), card, soon())).toBe(false);
});
