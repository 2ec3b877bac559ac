import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { atEachScreenSize, expectNoSeriousViolations } from './desk-helpers';

// Issue 20: today's lists on paper (arrivals, in house, departures) in the clerk's language.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
});
test.afterAll(async () => {
  await dut.stop();
});

const OUT = '.reports/desk-screens';
const sheet = (page: Page, name: RegExp) => page.getByRole('dialog', { name });

/** The printed PDF's first page as a PNG (poppler), to look at the layout on paper. */
async function printedPage(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.pdf({ path: `${OUT}/${name}.pdf`, format: 'A4', printBackground: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', `${OUT}/${name}.pdf`, `${OUT}/${name}`]);
}

test('the printed lists hold today’s arrivals, guests in house and departures, and nothing of the desk', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await page.getByRole('button', { name: 'Print today’s lists' }).click();
  const view = sheet(page, /today’s lists/);
  await expect(view).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeFocused();
  const section = (name: RegExp) => view.getByRole('region', { name });
  // The demo property's day: three arrivals, one guest staying on, one leaving today (listed once, as leaving).
  await expect(section(/Arriving today/).locator('tbody tr')).toHaveCount(3);
  for (const guest of ['Ana García', 'Mei Tanaka', 'Tom Becker']) await expect(section(/Arriving today/)).toContainText(guest);
  await expect(section(/In house/).locator('tbody tr')).toHaveCount(1);
  await expect(section(/In house/)).toContainText('Lukas Novák');
  await expect(section(/Leaving today/).locator('tbody tr')).toHaveCount(1);
  await expect(section(/Leaving today/)).toContainText('Olivia Smith');
  await expectNoSeriousViolations(page, 'today’s lists');

  // On paper: the sheet alone, without its buttons, the desk behind it hidden.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Guests' })).toBeHidden();
  await expect(view.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: null });
  await printedPage(page, '14-today-print-en');

  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Guests' })).toBeVisible();
});

test('screenshots of the print view in English and Spanish, and the Spanish paper', async ({ browser }) => {
  test.setTimeout(90_000);
  await atEachScreenSize(browser, async (page, size) => {
    await page.goto(dut.preview.url);
    await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
    await page.screenshot({ path: `${OUT}/14-today-button-${size.width}.png` });
    await page.getByRole('button', { name: 'Print today’s lists' }).click();
    await expect(sheet(page, /today’s lists/)).toBeVisible();
    await page.screenshot({ path: `${OUT}/14-today-print-${size.width}.png` });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Imprimir las listas de hoy' }).click();
    const es = sheet(page, /listas de hoy/);
    await expect(es.getByRole('region', { name: /Llegan hoy/ })).toContainText('Mei Tanaka');
    await expectNoSeriousViolations(page, 'today’s lists (es)');
    await page.screenshot({ path: `${OUT}/14-today-print-es-${size.width}.png` });
    if (size.width === 1366) await printedPage(page, '14-today-print-es');
    await page.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('button', { name: 'English' }).click();
  });
});
