import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { openGuest, setGateway, tap } from './desk-helpers';

// Each main state at the two desk screen sizes, for a person to look at (.reports/desk-screens/).
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: `.reports/desk-screens/${name}-${page.viewportSize()!.width}.png` });

test('screenshots of the main states', async ({ browser }) => {
  test.setTimeout(60_000);
  setGateway(dut, 'Room 102', false);
  for (const [i, size] of SIZES.entries()) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(dut.preview.url);
    await page.getByRole('button', { name: 'Check locks now' }).click();
    await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
    await shot(page, '1-lists');

    const guest = i === 0 ? 'Ana García' : 'Mei Tanaka';
    await openGuest(page, guest);
    await page.getByRole('button', { name: 'Issue card' }).click();
    await shot(page, '2-awaiting-card');
    await tap(page, `370000000${i}`);
    await expect(page.getByTestId('outcome')).toContainText('Card ready');
    await page.getByRole('button', { name: 'Issue passcode' }).click();
    await expect(page.getByTestId('outcome')).toContainText('Passcode ready');
    await shot(page, '3-card-and-code');

    await openGuest(page, 'Tom Becker');
    await page.getByRole('button', { name: 'Issue passcode' }).click();
    await expect(page.getByTestId('outcome')).toContainText('Offline code');
    await shot(page, '4-offline-code');

    await openGuest(page, guest);
    await page.getByRole('button', { name: 'Extend / change dates' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Departure date').press('ArrowUp'); // one more night
    await dialog.getByRole('button', { name: 'Show what changes' }).click();
    await expect(dialog.getByRole('region')).toBeVisible();
    await shot(page, '5-change-preview');
    await page.keyboard.press('Escape');

    await page.waitForTimeout(1100);
    await tap(page, `370000000${i}`);
    await expect(page.getByTestId('card-identity')).toBeVisible();
    await shot(page, '6-whose-card');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Audit log' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await shot(page, '7-audit');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Español' }).click();
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /Lukas Novák/ })
      .first()
      .click();
    await shot(page, '8-spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await page.close();
  }
  setGateway(dut, 'Room 102', true);
});
