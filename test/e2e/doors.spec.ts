import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, bookingOf, expectNoSeriousViolations, lockOf, openGuest } from './desk-helpers';

// Every door with its health, and a door's open log from the records call (§10.28).
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const view = (page: Page) => page.getByRole('main', { name: 'Every door' });

async function tapAtDoor(alias: string, card: string, at: number): Promise<boolean> {
  const res = await fetch(`${dut.simulatorUrl}/__admin/card-tap`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ lockId: lockOf(dut, alias), card, at }),
  });
  return ((await res.json()) as { opened: boolean }).opened;
}

test('F3 lists every door once; a door’s open log names the guest whose card opened it, and opens their booking', async ({ page }) => {
  const ana = await bookingOf(dut, 'Ana García');
  await dut.desk.handlers['access:issue-card']({ bookingId: ana.id, cardNumber: '3900000001' });
  const during = ana.arrivalMs + 3_600_000;
  expect(await tapAtDoor('Room 101', '3900000001', during)).toBe(true);
  expect(await tapAtDoor('Room 101', '3900000999', during + 60_000)).toBe(false);

  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await page.keyboard.press('F3');
  await expect(view(page)).toBeVisible();
  // Five room doors and the shared entrance, each once.
  await expect(view(page).locator('li.door-card')).toHaveCount(6);
  await expect(view(page).locator('li[data-door="Entrance"]')).toContainText('Shared door');
  await expect(view(page).locator('li[data-door="Room 101"]')).toContainText('Gateway online');
  // The demo desk has no staff yet, so it runs with manager rights: Unlock now is here.
  await expect(view(page).getByRole('button', { name: 'Unlock Room 101 now' })).toBeVisible();

  await view(page).getByRole('button', { name: 'Open log of Room 101' }).click();
  const log = page.getByRole('region', { name: 'Who opened Room 101' });
  const rows = log.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  // Newest first: the refused unknown card, then Ana's card.
  await expect(rows.nth(0)).toContainText('Refused');
  await expect(rows.nth(0)).toContainText('not a desk guest');
  await expect(rows.nth(1)).toContainText('Card 3900000001');
  await expect(rows.nth(1)).toContainText('Opened');
  // Ana's card has just opened the door: the lock reports it unlocked (§10.21).
  await expect(log).toContainText('The lock says: unlocked');
  await expectNoSeriousViolations(page, 'doors view with a log');
  await rows.nth(1).getByRole('button', { name: 'Ana García' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana García' })).toBeVisible();
});

test('a booking’s own log lists the doors its cards opened; the first one marks the guest as arrived', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Ana García');
  const box = page.getByRole('region', { name: 'Door log' });
  await box.getByRole('button', { name: 'Show door log' }).click();
  await expect(box.getByText('Arrived', { exact: true })).toBeVisible();
  const rows = box.getByRole('table', { name: 'Doors opened by this guest' }).locator('tbody tr');
  // Only Ana's own card: the refused unknown card at her door is not hers.
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toContainText('Room 101');
  await expect(rows.nth(0)).toContainText('Card 3900000001');
  await expect(box).toContainText('first door opened: Room 101');
  await expectNoSeriousViolations(page, 'booking log');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await box.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.reports/desk-screens/13-booking-log-${size.width}.png` });
    await page.getByRole('button', { name: 'Español' }).click();
    const es = page.getByRole('region', { name: 'Aperturas' });
    await expect(es.getByText('Ha llegado', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'booking log (es)');
    await page.screenshot({ path: `.reports/desk-screens/13-booking-log-es-${size.width}.png` });
    await page.getByRole('button', { name: 'English' }).click();
  }
});

test('screenshots of the doors view in English and Spanish', async ({ browser }) => {
  test.setTimeout(90_000); // two sizes, two languages, two axe runs
  await atEachScreenSize(browser, async (page, size) => {
    await page.goto(dut.preview.url);
    await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
    await page.keyboard.press('F3');
    await view(page).getByRole('button', { name: 'Open log of Room 101' }).click();
    await expect(page.getByRole('region', { name: 'Who opened Room 101' })).toBeVisible();
    await page.screenshot({ path: `.reports/desk-screens/13-doors-${size.width}.png` });
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('main', { name: 'Todas las puertas' })).toBeVisible();
    await expectNoSeriousViolations(page, 'doors (es)');
    await page.screenshot({ path: `.reports/desk-screens/13-doors-es-${size.width}.png` });
    await page.getByRole('button', { name: 'English' }).click();
  });
});
