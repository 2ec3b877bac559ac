import { expect, test, type Locator, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, expectNoSeriousViolations, openGuest } from './desk-helpers';
import { icsCalendar, icsDate, startIcsServer, type IcsServer } from './ics-server';

// Bookings that flow in (docs/product.md "Bookings flow in") through the screen: an iCal feed served by a real
// HTTP server on 127.0.0.1, and CSV files chosen in the file input, against a real desk.
const TZ = 'Europe/Madrid';
let dut: DeskUnderTest;
let ics: IcsServer;
test.beforeAll(async () => {
  dut = await startDeskUnderTest(TZ);
  ics = await startIcsServer();
});
test.afterAll(async () => {
  await ics.close();
  await dut.stop();
});

const TITLE = { en: 'Bookings from calendars and files', es: 'Reservas desde calendarios y archivos' } as const;
const bookingsDialog = (page: Page, lang: 'en' | 'es' = 'en'): Locator => page.getByRole('dialog', { name: TITLE[lang] });

async function openBookings(page: Page, lang: 'en' | 'es' = 'en'): Promise<Locator> {
  await page.getByRole('button', { name: lang === 'en' ? 'Bookings' : 'Reservas', exact: true }).click();
  const dialog = bookingsDialog(page, lang);
  await expect(dialog).toBeVisible();
  return dialog;
}

async function addFeed(dialog: Locator, room: string, name: string, url: string): Promise<void> {
  const form = dialog.getByRole('form', { name: 'Add a calendar' });
  await form.getByLabel('Room').selectOption({ label: room });
  await form.getByLabel('Name (e.g. Airbnb)').fill(name);
  await form.getByLabel('Calendar address (https://…)').fill(url);
  await form.getByRole('button', { name: 'Add and read now' }).click();
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function checkCsv(dialog: Locator, source: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await dialog.getByRole('button', { name: 'CSV file' }).click();
  await dialog.getByLabel('Where the file comes from').fill(source);
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByTestId('csv-preview')).toBeVisible();
}

/** The day a moment falls on in the property's zone, as the ICS writes it. */
const dayOf = (ms: number): string => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(ms).replaceAll('-', '');
const guestButton = (page: Page, guest: string): Locator =>
  page.getByRole('navigation', { name: 'Guests' }).getByRole('button', { name: new RegExp(guest) });

test('an iCal feed added for a room brings its booking to the desk; a moved, then cancelled event follows on refresh', async ({ page }) => {
  const path = '/cal/a1.ics';
  ics.routes.set(path, icsCalendar([{ uid: 'e2e-nora@airbnb.com', summary: 'Nora Feedwell', fromDay: 0, toDay: 2 }], TZ));
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  await expect(guestButton(page, 'Nora Feedwell')).toHaveCount(0);

  let dialog = await openBookings(page);
  await expect(dialog.getByText('No calendars yet. Add the first one below.')).toBeVisible();
  await expectNoSeriousViolations(page, 'feeds, none yet');
  await addFeed(dialog, '103', 'Airbnb', `${ics.base}${path}`);
  const result = dialog.getByTestId('feed-result');
  await expect(result).toContainText('Calendar Airbnb added to room 103.');
  await expect(result.getByTestId('import-counts')).toContainText('New: 1');
  const row = dialog.getByRole('row', { name: /Airbnb/ });
  await expect(row).toContainText('Up to date');
  await expect(row).toContainText(`127.0.0.1:${new URL(ics.base).port}/…/a1.ics`);
  await expect(row.locator('td.num')).toHaveText('1');
  await expectNoSeriousViolations(page, 'feed added');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Today's arrivals show her (the lists were re-read), and the core agrees on room and day.
  await expect(guestButton(page, 'Nora Feedwell')).toBeVisible();
  const first = await bookingOf(dut, 'Nora Feedwell');
  expect([first.roomName, dayOf(first.arrivalMs), dayOf(first.departureMs), first.status]).toEqual([
    '103',
    icsDate(0, TZ),
    icsDate(2, TZ),
    'booked',
  ]);
  await openGuest(page, 'Nora Feedwell');

  // The host moves the stay a day later: a refresh from the dialog moves it at the desk.
  ics.routes.set(path, icsCalendar([{ uid: 'e2e-nora@airbnb.com', summary: 'Nora Feedwell', fromDay: 1, toDay: 3 }], TZ));
  dialog = await openBookings(page);
  await dialog.getByRole('button', { name: 'Refresh Airbnb (room 103)' }).click();
  await expect(result).toContainText('Airbnb (room 103) read.');
  await expect(result.getByTestId('import-counts')).toContainText('Changed: 1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const moved = await bookingOf(dut, 'Nora Feedwell');
  expect([dayOf(moved.arrivalMs), dayOf(moved.departureMs)]).toEqual([icsDate(1, TZ), icsDate(3, TZ)]);
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(moved.arrivalMs);
  await expect(page.getByRole('heading', { level: 1, name: 'Nora Feedwell' })).toBeVisible();
  await expect(page.locator('main')).toContainText(when); // the selected booking re-read
  await expect(guestButton(page, 'Nora Feedwell')).toHaveCount(0); // no longer arriving today

  // Then cancelled on the channel: "refresh all" cancels it at the desk.
  ics.routes.set(path, icsCalendar([{ uid: 'e2e-nora@airbnb.com', summary: 'Nora Feedwell', fromDay: 1, toDay: 3, cancelled: true }], TZ));
  dialog = await openBookings(page);
  await dialog.getByRole('button', { name: 'Refresh all' }).click();
  await expect(result.getByTestId('import-counts')).toContainText('Cancelled: 1');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect((await bookingOf(dut, 'Nora Feedwell')).status).toBe('cancelled');
  await expect(page.locator('main')).toContainText('Cancelled');
});

test('a feed that answers 404 shows why, in Spanish on a Spanish desk, and in English after a switch', async ({ page }) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Español' }).click();
  const dialog = await openBookings(page, 'es');
  const form = dialog.getByRole('form', { name: 'Añadir un calendario' });
  await form.getByLabel('Habitación').selectOption({ label: '201' });
  await form.getByLabel('Nombre (p. ej., Airbnb)').fill('VRBO');
  await form.getByLabel('Dirección del calendario (https://…)').fill(`${ics.base}/cal/missing.ics`);
  await form.getByRole('button', { name: 'Añadir y leer ahora' }).click();
  await expect(dialog.getByTestId('feed-result')).toContainText(
    'Calendario VRBO añadido a la habitación 201, pero no se ha podido leer: El calendario respondió HTTP 404',
  );
  const row = dialog.getByRole('row', { name: /VRBO/ });
  await expect(row).toContainText('El calendario respondió HTTP 404');
  await expect(row).toContainText('Nunca');
  await expectNoSeriousViolations(page, 'feed with an error, Spanish');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'English' }).click();
  await openBookings(page);
  await expect(bookingsDialog(page).getByRole('row', { name: /VRBO/ })).toContainText('The feed answered HTTP 404');
});

test('a good CSV file is checked, then imported whole; its bookings are at the desk', async ({ page }) => {
  await page.goto(dut.preview.url);
  const dialog = await openBookings(page);
  const good =
    'ref,name,room,arrival,departure\nE2E-1,Greta Csvson,103,2027-06-01,2027-06-04\nE2E-2,Hugo Importer,201,2027-06-02,2027-06-05\n';
  await checkCsv(dialog, 'Cloudbeds', csvFile('good.csv', good));
  const preview = dialog.getByTestId('csv-preview');
  await expect(preview.getByTestId('import-counts')).toContainText('New: 2');
  await expect(preview.getByRole('table')).toContainText('Greta Csvson');
  await expect(dialog.getByTestId('csv-blocked')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'csv preview, good file');
  await dialog.getByRole('button', { name: 'Import bookings (2)' }).click();
  const done = dialog.getByTestId('csv-done');
  await expect(done).toContainText('Imported from good.csv.');
  await expect(done.getByTestId('import-counts')).toContainText('New: 2');
  await expectNoSeriousViolations(page, 'csv imported');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('searchbox', { name: 'Find a guest by name or room' }).fill('Csvson');
  await expect(page.getByRole('region', { name: /Search results/ }).getByRole('button', { name: /Greta Csvson/ })).toBeVisible();
  const greta = await bookingOf(dut, 'Greta Csvson');
  expect([greta.roomName, greta.ref, dayOf(greta.arrivalMs), dayOf(greta.departureMs)]).toEqual(['103', 'E2E-1', '20270601', '20270604']);
  expect((await bookingOf(dut, 'Hugo Importer')).roomName).toBe('201');
});

test('a CSV file with bad rows shows the per-row report, cannot be imported and imports nothing; corrected, it goes in whole', async ({
  page,
}) => {
  await page.goto(dut.preview.url);
  const dialog = await openBookings(page);
  const bad =
    'ref,name,room,arrival,departure\nB-1,Ivy Goodrow,102,2027-07-01,2027-07-03\nB-2,Jack Badroom,909,2027-07-01,2027-07-03\nB-3,Kim Backwards,103,2027-07-05,2027-07-03\n';
  await checkCsv(dialog, 'Hand made', csvFile('bad.csv', bad));
  const preview = dialog.getByTestId('csv-preview');
  await expect(preview.getByTestId('import-counts')).toContainText('New: 1');
  await expect(preview.getByTestId('import-counts')).toContainText('With errors: 2');
  // Errors first, each row saying why.
  const lines = preview.locator('tbody tr');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveAttribute('data-line', '3');
  await expect(lines.nth(0)).toContainText('unknown room "909"');
  await expect(lines.nth(1)).toHaveAttribute('data-line', '4');
  await expect(lines.nth(1)).toContainText('departure is not after arrival');
  await expect(lines.nth(2)).toContainText('New');
  const importButton = dialog.getByRole('button', { name: 'Import bookings (1)' });
  await expect(importButton).toBeDisabled();
  await expect(dialog.getByTestId('csv-blocked')).toHaveText(
    'Nothing is imported while any row has an error (2): fix them in the file and check it again.',
  );
  await expect(importButton).toHaveAccessibleDescription(/Nothing is imported while any row has an error/);
  await expectNoSeriousViolations(page, 'csv preview with row errors');

  const found = await dut.desk.dispatch('booking:search', { query: 'Ivy' });
  expect(found.ok && (found.value as { bookings: unknown[] }).bookings).toEqual([]);

  // The clerk fixes the two rows and chooses the file again: now it goes in whole.
  const fixed = bad.replace(',909,', ',201,').replace('2027-07-05,2027-07-03', '2027-07-05,2027-07-08');
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles(csvFile('bad.csv', fixed));
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByTestId('csv-blocked')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import bookings (3)' }).click();
  await expect(dialog.getByTestId('csv-done').getByTestId('import-counts')).toHaveText('New: 3');
  expect((await bookingOf(dut, 'Jack Badroom')).roomName).toBe('201');
});

test('a file that is not UTF-8 is refused with a clear message before anything', async ({ page }) => {
  await page.goto(dut.preview.url);
  const dialog = await openBookings(page);
  await dialog.getByRole('button', { name: 'CSV file' }).click();
  await dialog.getByLabel('Where the file comes from').fill('Old PC');
  await dialog.getByLabel('CSV file', { exact: true }).setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ref,name,room,arrival,departure\nL-1,Jos\xe9 P\xe9rez,101,2027-08-01,2027-08-03\n', 'latin1'),
  });
  await dialog.getByRole('button', { name: 'Check the file' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not UTF-8');
  await expect(dialog.getByTestId('csv-preview')).toHaveCount(0);
});

test('the dialog works from the keyboard, and the hidden file input shows where the focus is', async ({ page }) => {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Bookings', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = bookingsDialog(page);
  await expect(dialog).toBeVisible();
  const csvPart = dialog.getByRole('group', { name: 'Where bookings come from' }).getByRole('button', { name: 'CSV file' });
  await csvPart.focus();
  await page.keyboard.press('Enter');
  await expect(csvPart).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByLabel('Where the file comes from').focus();
  await page.keyboard.type('Keyboard');
  await page.keyboard.press('Tab');
  const file = dialog.getByLabel('CSV file', { exact: true });
  await expect(file).toBeFocused();
  await expect(dialog.locator('label.csv-file')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Check the file' })).toBeFocused();
  await page.keyboard.press('Enter'); // no file yet: said, not sent
  await expect(dialog.getByRole('alert')).toHaveText('Choose a file first.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

test('screenshots of the bookings dialog at both desk sizes, English and Spanish', async ({ browser }) => {
  test.setTimeout(60_000);
  const bad =
    'ref,name,room,arrival,departure\nS-1,Ivy Goodrow,102,2027-07-01,2027-07-03\nS-2,Jack Badroom,909,2027-07-01,2027-07-03\nS-3,Kim Backwards,103,2027-07-05,2027-07-03\n';
  // The same two feeds as the tests above leave (one read, one answering 404), so this test also runs alone.
  ics.routes.set(
    '/cal/a1.ics',
    icsCalendar([{ uid: 'e2e-nora@airbnb.com', summary: 'Nora Feedwell', fromDay: 1, toDay: 3, cancelled: true }], TZ),
  );
  const rooms = (await dut.desk.dispatch('lock:health', {})) as { ok: true; value: { rooms: { roomId: number; name: string }[] } };
  const roomId = (name: string): number => rooms.value.rooms.find((r) => r.name === name)!.roomId;
  await dut.desk.dispatch('feed:add', { roomId: roomId('103'), name: 'Airbnb', url: `${ics.base}/cal/a1.ics`, refreshNow: false }); // a conflict when already there
  await dut.desk.dispatch('feed:add', { roomId: roomId('201'), name: 'VRBO', url: `${ics.base}/cal/missing.ics`, refreshNow: false });
  for (const size of SIZES) {
    for (const lang of ['en', 'es'] as const) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(dut.preview.url);
      if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
      const dialog = await openBookings(page, lang);
      await dialog.getByRole('button', { name: lang === 'en' ? 'Refresh all' : 'Actualizar todos' }).click();
      await expect(dialog.getByTestId('feed-result')).toHaveCount(2);
      // Every feed's own refresh button is in sight, not pushed out sideways (and clipped) by a wide table.
      const frame = (await dialog.locator('.bookings-table-wrap').boundingBox())!;
      for (const b of await dialog.locator('tbody button').all()) {
        const box = (await b.boundingBox())!;
        expect(box.x + box.width, `${lang} ${size.width}: a refresh button past the table's visible edge`).toBeLessThanOrEqual(
          frame.x + frame.width,
        );
      }
      await page.screenshot({ path: `.reports/desk-screens/11-bookings-feeds-${lang}-${size.width}.png` });
      await dialog.getByRole('button', { name: lang === 'en' ? 'Add and read now' : 'Añadir y leer ahora' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `.reports/desk-screens/11-bookings-feed-add-${lang}-${size.width}.png` });
      await dialog.getByRole('button', { name: lang === 'en' ? 'CSV file' : 'Archivo CSV' }).click();
      await dialog.getByLabel(lang === 'en' ? 'Where the file comes from' : 'De dónde viene el archivo').fill('Hand made');
      await dialog.getByLabel(lang === 'en' ? 'CSV file' : 'Archivo CSV', { exact: true }).setInputFiles(csvFile('bad.csv', bad));
      await dialog.getByRole('button', { name: lang === 'en' ? 'Check the file' : 'Comprobar el archivo' }).click();
      await expect(dialog.getByTestId('csv-blocked')).toBeVisible();
      await page.screenshot({ path: `.reports/desk-screens/11-bookings-csv-${lang}-${size.width}.png` });
      await page.close();
    }
  }
});
