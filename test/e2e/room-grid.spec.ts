import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, bookingOf, expectNoSeriousViolations, SCREEN_SIZES } from './desk-helpers';

// Issue 20: the room grid (tape chart), the main screen's second view.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const grid = (page: Page) => page.getByRole('main', { name: 'Rooms, night by night' });
const row = (page: Page, room: string) => grid(page).locator(`tr[data-room="${room}"]`);

test('F2 shows every room night by night; a stay opens its booking; the keyboard walks the grid', async ({ page }) => {
  await page.setViewportSize(SCREEN_SIZES[0]);
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await page.keyboard.press('F2');
  await expect(grid(page)).toBeVisible();
  // The demo's five rooms, each with its lock health, and 15 nights (yesterday to +13).
  await expect(grid(page).locator('tbody tr')).toHaveCount(5);
  await expect(grid(page).locator('thead th')).toHaveCount(1 + 15); // room and its locks, then the nights
  await expect(grid(page).locator('thead th[aria-current="date"]')).toHaveCount(1);

  // States the core decided, as the bars show them.
  await expect(row(page, '101').getByRole('button', { name: /Ana García, Arriving today/ })).toHaveAttribute('data-state', 'arriving');
  await expect(row(page, '202').getByRole('button', { name: /Lukas Novák, In house/ })).toHaveAttribute('data-state', 'in-house');
  await expect(row(page, '201').getByRole('button', { name: /Mei Tanaka, Arriving today/ })).toHaveAttribute('data-state', 'arriving');
  await expect(row(page, '103').getByRole('button', { name: /Olivia Smith, Leaving today/ })).toHaveAttribute('data-state', 'departing');
  await expectNoSeriousViolations(page, 'room grid');

  // One Tab stop; arrows move between stays; Enter opens the booking in the guest view.
  const first = grid(page).locator('button[tabindex="0"]');
  await expect(first).toHaveCount(1);
  await first.focus();
  await expect(first).toHaveAccessibleName(/Ana García/);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAccessibleName(/Tom Becker/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tom Becker' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /Guests/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('a room free tonight offers a walk-in with that room chosen; the new stay shows on the grid', async ({ page }) => {
  const olivia = await bookingOf(dut, 'Olivia Smith');
  const out = await dut.desk.dispatch('access:check-out', { bookingId: olivia.id });
  expect(out.ok).toBe(true);
  await page.goto(dut.preview.url);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: /Room grid/ })
    .click();
  await expect(row(page, '103').getByRole('button', { name: /Olivia Smith, Checked out/ })).toBeVisible();
  await row(page, '103').getByRole('button', { name: 'Room 103 is free tonight: walk-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'New walk-in guest' });
  await expect(dialog.getByLabel('Room')).toHaveValue(String(olivia.roomId));
  await dialog.getByLabel('Guest name').fill('Grid Walker');
  await dialog.getByRole('button', { name: /Save|Create/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grid Walker' })).toBeVisible();
  await page.keyboard.press('F2');
  await expect(row(page, '103').getByRole('button', { name: /Grid Walker, Arriving today/ })).toBeVisible();
});

test('screenshots of the room grid in English and Spanish', async ({ browser }) => {
  test.setTimeout(90_000); // two sizes, two languages, two axe runs
  await atEachScreenSize(browser, async (page, size) => {
    await page.goto(dut.preview.url);
    await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
    await page.keyboard.press('F2');
    await expect(grid(page)).toBeVisible();
    await page.screenshot({ path: `.reports/desk-screens/9-room-grid-${size.width}.png` });
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('main', { name: 'Habitaciones, noche a noche' })).toBeVisible();
    await expectNoSeriousViolations(page, 'room grid (es)');
    await page.screenshot({ path: `.reports/desk-screens/9-room-grid-es-${size.width}.png` });
    await page.getByRole('button', { name: 'English' }).click();
  });
});
