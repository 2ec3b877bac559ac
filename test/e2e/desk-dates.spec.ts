import { expect, test, type Locator, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, expectNoSeriousViolations, HOUR, openGuest } from './desk-helpers';

// Dates in the stay dialogs are typed and read in the desk language's order (day/month/year for
// en-GB and es-ES), never the PC's: Chromium's own date field here shows 11/26/2026 whatever the
// desk speaks. Each date is read back in words beside the field, with the stay's nights.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest('Europe/Madrid');
});
test.afterAll(async () => {
  await dut.stop();
});

const DAY = 24 * HOUR;
const TZ = 'Europe/Madrid';
/** The property's wall date written day/month/year, built from its parts (not the product's formatter). */
function dayFirst(ms: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(ms).split('-');
  return `${d}/${m}/${y}`;
}
const longDate = (ms: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone: TZ, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
const hhmm = (ms: number): string => new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(ms);
const readoutOf = (field: Locator): Locator =>
  field.locator('xpath=ancestor::div[contains(@class,"date-field")]').getByTestId('date-readout');

async function openGuestInSpanish(page: Page, guest: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Buscar huésped por nombre o habitación' });
  await search.fill(guest);
  await page
    .getByRole('navigation', { name: 'Huéspedes' })
    .getByRole('button', { name: new RegExp(guest) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: guest })).toBeVisible();
  await search.fill('');
}

test('English: the departure is typed day first, read back in words with the nights, and lands on that day', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Ana García');
  const before = await bookingOf(dut, 'Ana García');
  const nightsBefore = Math.round((before.departureMs - before.arrivalMs) / DAY);
  await page.getByRole('button', { name: 'Extend / change dates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the stay of Ana García' });
  const departure = dialog.getByRole('textbox', { name: 'Departure date' });
  await expect(departure).toHaveValue(dayFirst(before.departureMs));
  await expect(departure).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expect(readoutOf(departure)).toHaveText(`${longDate(before.departureMs, 'en-GB')}, check-out ${hhmm(before.departureMs)}`);
  await expect(readoutOf(departure)).toHaveText(
    /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d{1,2} [A-Z][a-z]+ \d{4}, check-out \d\d:\d\d$/,
  );
  await expect(dialog.getByTestId('stay-nights')).toHaveText(`Stay: ${nightsBefore} nights`);
  // The readout and the nights describe the field for a screen reader.
  const describedBy = (await departure.getAttribute('aria-describedby'))!.split(' ');
  expect(describedBy).toHaveLength(3);
  await expect(dialog.locator(`[id="${describedBy[0]}"]`)).toHaveText(/check-out/);
  await expect(dialog.locator(`[id="${describedBy[2]}"]`)).toHaveText(/^Stay:/);

  // A US-order date is refused, not silently read as another day.
  const later = before.departureMs + DAY;
  const [dd, mm, yyyy] = dayFirst(later).split('/');
  await departure.fill(`${mm}/${Number(dd) > 12 ? dd : '31'}/${yyyy}`);
  await departure.blur();
  await expect(readoutOf(departure)).toHaveText('Not a date: type it as dd/mm/yyyy.');
  await expect(departure).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Show what changes' }).click();
  await expect(dialog.getByRole('region', { name: 'What will change on each door' })).toHaveCount(0);

  // Typed day first: read back at once, nights counted.
  await departure.fill(dayFirst(later));
  await expect(readoutOf(departure)).toHaveText(`${longDate(later, 'en-GB')}, check-out ${hhmm(later)}`);
  await expect(dialog.getByTestId('stay-nights')).toHaveText(`Stay: ${nightsBefore + 1} nights (was ${nightsBefore} nights)`);
  await expect(departure).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('button', { name: 'Show what changes' }).click();
  await dialog.getByRole('button', { name: 'Apply to every door' }).click();
  await expect(dialog).toBeHidden();
  expect((await bookingOf(dut, 'Ana García')).departureMs).toBe(later);
});

test('English: a departure on or before the arrival is named before anything is sent', async ({ page }) => {
  await page.goto(dut.preview.url);
  await openGuest(page, 'Mei Tanaka');
  const b = await bookingOf(dut, 'Mei Tanaka');
  await page.getByRole('button', { name: 'Extend / change dates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the stay of Mei Tanaka' });
  const departure = dialog.getByRole('textbox', { name: 'Departure date' });
  await departure.fill(dayFirst(b.arrivalMs));
  await expect(readoutOf(departure)).toHaveText('The departure must be at least one night after the arrival.');
  await expect(dialog.getByTestId('stay-nights')).toHaveText('');
  await dialog.getByRole('button', { name: 'Show what changes' }).click();
  await expect(dialog.getByRole('region', { name: 'What will change on each door' })).toHaveCount(0);
  expect((await bookingOf(dut, 'Mei Tanaka')).departureMs).toBe(b.departureMs);
});

test('Spanish: the departure is read back as “<weekday>, <d> de <month> de <yyyy>, salida a las HH:MM” and ↑ adds a night', async ({
  page,
}) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Español' }).click();
  await openGuestInSpanish(page, 'Tom Becker');
  const before = await bookingOf(dut, 'Tom Becker');
  const nightsBefore = Math.round((before.departureMs - before.arrivalMs) / DAY);
  await page.getByRole('button', { name: 'Ampliar / cambiar fechas' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cambiar la estancia de Tom Becker' });
  const departure = dialog.getByRole('textbox', { name: 'Fecha de salida' });
  await expect(departure).toHaveValue(dayFirst(before.departureMs));
  await expect(departure).toHaveAttribute('placeholder', 'dd/mm/aaaa');
  await expect(departure).toHaveAttribute('lang', 'es-ES');
  await expect(readoutOf(departure)).toHaveText(`${longDate(before.departureMs, 'es-ES')}, salida a las ${hhmm(before.departureMs)}`);
  await expect(readoutOf(departure)).toHaveText(
    /^(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de [a-z]+ de \d{4}, salida a las \d\d:\d\d$/,
  );
  await expect(dialog.getByTestId('stay-nights')).toHaveText(`Estancia: ${nightsBefore} noches`);

  const later = before.departureMs + DAY;
  await departure.press('ArrowUp');
  await expect(departure).toHaveValue(dayFirst(later));
  await expect(readoutOf(departure)).toHaveText(`${longDate(later, 'es-ES')}, salida a las ${hhmm(later)}`);
  await expect(dialog.getByTestId('stay-nights')).toHaveText(`Estancia: ${nightsBefore + 1} noches (antes ${nightsBefore} noches)`);

  await departure.fill('31/02/2026');
  await departure.blur();
  await expect(readoutOf(departure)).toHaveText('No es una fecha: escríbala como dd/mm/aaaa.');
  await departure.fill(dayFirst(later));
  await dialog.getByRole('button', { name: 'Ver qué cambia' }).click();
  await expect(dialog.getByRole('region', { name: 'Qué cambia en cada puerta' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Aplicar en todas las puertas' }).click();
  await expect(dialog).toBeHidden();
  expect((await bookingOf(dut, 'Tom Becker')).departureMs).toBe(later);
});

const shot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: `.reports/desk-screens/${name}-${page.viewportSize()!.width}.png` });

test('screenshots (and axe) of the stay dialogs in English and Spanish at 1366×768', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } }); // axe needs a page of its own context
  const page = await context.newPage();
  await page.goto(dut.preview.url);
  for (const lang of ['en', 'es'] as const) {
    const es = lang === 'es';
    if (es) await page.getByRole('button', { name: 'Español' }).click();
    await (es ? openGuestInSpanish(page, 'Lukas Novák') : openGuest(page, 'Lukas Novák'));
    await page.getByRole('button', { name: es ? 'Ampliar / cambiar fechas' : 'Extend / change dates' }).click();
    const dialog = page.getByRole('dialog');
    const departure = dialog.getByRole('textbox', { name: es ? 'Fecha de salida' : 'Departure date' });
    await departure.press('ArrowUp');
    await departure.press('ArrowUp');
    await expect(dialog.getByTestId('stay-nights')).toContainText(es ? 'antes' : 'was');
    await shot(page, `9-change-dates-${lang}`);
    await expectNoSeriousViolations(page, `change dates (${lang})`);
    await departure.fill('11/31/2026'); // a US-order date: refused, not misread
    await departure.blur();
    await expect(departure).toHaveAttribute('aria-invalid', 'true');
    await shot(page, `9-change-dates-error-${lang}`);
    await expectNoSeriousViolations(page, `refused date (${lang})`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: es ? 'Sin reserva' : 'Walk-in' }).click();
    const walkIn = page.getByRole('dialog');
    await walkIn.getByLabel(es ? 'Nombre del huésped' : 'Guest name').fill('Sofía Walker');
    await walkIn.getByLabel(es ? 'Noches' : 'Nights').fill('3');
    await expect(walkIn.getByTestId('walk-in-departs')).toContainText(es ? 'Sale el' : 'Leaves on');
    await shot(page, `10-walk-in-${lang}`);
    await expectNoSeriousViolations(page, `walk-in (${lang})`);
    await page.keyboard.press('Escape');
  }
  await context.close();
});
