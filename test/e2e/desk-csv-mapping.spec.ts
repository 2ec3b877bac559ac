import { expect, test, type Locator, type Page } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { bookingOf, expectNoSeriousViolations } from './desk-helpers';
import { english } from '../../shared/messages';

// The CSV import's mapping step at the front desk's smaller screen: the desk recognises a real
// export's header, the manager corrects a column it could not guess, leaves a bad row out and
// imports the rest, in English and in Spanish.
const TZ = 'Europe/Madrid';
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest(TZ);
  const state = await dut.desk.dispatch('setup:state', {});
  if (!state.ok) throw new Error(english(state.msg));
  const rooms = (state.value as { rooms: { id: number; name: string }[] }).rooms;
  const id = (name: string): number => rooms.find((r) => r.name === name)!.id;
  const saved = await dut.desk.dispatch('setup:save-room-type', { name: 'Double Room', roomIds: [id('201'), id('202')] });
  if (!saved.ok) throw new Error(english(saved.msg));
});
test.afterAll(async () => {
  await dut.stop();
});
test.use({ viewport: { width: 1366, height: 768 } });

const W = {
  en: {
    open: 'Bookings',
    title: 'Bookings from calendars and files',
    part: 'CSV file',
    source: 'Where the file comes from',
    check: 'Check the file',
    from: 'Exported from',
    guest: 'Guest name',
    room: 'Room',
    type: 'Room type',
    none: '— none —',
  },
  es: {
    open: 'Reservas',
    title: 'Reservas desde calendarios y archivos',
    part: 'Archivo CSV',
    source: 'De dónde viene el archivo',
    check: 'Comprobar el archivo',
    from: 'Exportado desde',
    guest: 'Nombre del huésped',
    room: 'Habitación',
    type: 'Tipo de habitación',
    none: '— ninguna —',
  },
} as const;

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function check(
  page: Page,
  lang: 'en' | 'es',
  source: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<Locator> {
  const w = W[lang];
  await page.getByRole('button', { name: w.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: w.title });
  await dialog.getByRole('button', { name: w.part }).click();
  await dialog.getByLabel(w.source).fill(source);
  await dialog.getByLabel(w.part, { exact: true }).setInputFiles(file);
  await dialog.getByRole('button', { name: w.check }).click();
  await expect(dialog.getByTestId('csv-mapping')).toBeVisible();
  return dialog;
}

// Booking.com's own header: "Rooms" is how many rooms, "Unit type" the type booked.
const BOOKING_COM = 'Book number,Booked by,Guest name(s),Check-in,Check-out,Booked on,Status,Rooms,People,Unit type\n';

test('a Booking.com export is recognised: its unit type gives the room, a cancelled row creates nothing', async ({ page }) => {
  await page.goto(dut.preview.url);
  const file = csvFile(
    'bdc.csv',
    `${BOOKING_COM}5001,Pia Preset,Pia Preset,2027-09-01,2027-09-03,2027-05-01,ok,1,2,Double Room\n5002,Carl Cancel,Carl Cancel,2027-09-01,2027-09-03,2027-05-01,cancelled_by_guest,1,1,Double Room\n`,
  );
  const dialog = await check(page, 'en', 'Booking.com', file);
  const mapping = dialog.getByTestId('csv-mapping');
  await expect(mapping.getByLabel('Exported from')).toHaveValue('booking-com');
  await expect(mapping.getByLabel('Room type', { exact: true })).toHaveValue('Unit type');
  await expect(mapping.getByLabel('Room', { exact: true })).toHaveValue('');
  const rows = dialog.getByTestId('csv-preview').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Pia Preset' })).toContainText('201 (Double Room)');
  await expect(rows.filter({ hasText: 'Carl Cancel' })).toContainText('Left as is');
  await expectNoSeriousViolations(page, 'csv mapping, Booking.com');
  await dialog.getByRole('button', { name: 'Import bookings (1)' }).click();
  await expect(dialog.getByTestId('csv-done').getByTestId('import-counts')).toContainText('New: 1');
  expect((await bookingOf(dut, 'Pia Preset')).roomName).toBe('201');
  await expect(bookingOf(dut, 'Carl Cancel')).rejects.toThrow(/no booking/);
});

for (const lang of ['en', 'es'] as const) {
  test(`${lang}: the manager maps a column the desk could not guess, leaves the bad row out and imports the rest`, async ({ page }) => {
    const w = W[lang];
    await page.goto(dut.preview.url);
    if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
    const who = lang === 'en' ? 'Mona Mapped' : 'Marta Mapeada';
    const [from, to] = lang === 'en' ? ['01', '04'] : ['10', '14']; // each language its own nights in 202: no clash between the two runs
    const file = csvFile(
      'pms.csv',
      `Code,Who,Unit,From,To\n${lang}-1,${who},202,2027-10-${from},2027-10-${to}\n${lang}-2,Nobody Known,909,2027-10-${from},2027-10-${to}\n`,
    );
    const dialog = await check(page, lang, `Our PMS ${lang}`, file);
    const mapping = dialog.getByTestId('csv-mapping');
    // "Who" is nobody's word for a guest: the desk says so, and the manager chooses it.
    await expect(dialog.getByRole('alert')).toBeVisible();
    await expect(mapping.getByLabel(w.guest, { exact: true })).toHaveValue('');
    await page.screenshot({ path: `.reports/desk-screens/12-csv-mapping-guess-${lang}-1366.png`, fullPage: false });
    // Every field is named in the clerk's language (a field without words shows its key).
    await expect(mapping).not.toContainText('bookingsImport.');
    await expect(mapping.getByLabel(lang === 'en' ? 'E-mail' : 'Correo', { exact: true })).toBeVisible();
    await mapping.getByLabel(w.guest, { exact: true }).selectOption('Who');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    const rows = dialog.getByTestId('csv-preview').locator('tbody tr');
    await expect(rows.filter({ hasText: who })).toBeVisible();
    await expect(rows.first()).toHaveAttribute('data-line', '3');
    const importButton = dialog.getByRole('button', { name: lang === 'en' ? 'Import bookings (1)' : 'Importar reservas (1)' });
    await expect(importButton).toBeDisabled();
    await dialog
      .getByLabel(
        lang === 'en'
          ? 'Leave out the rows with problems (1) and import the rest'
          : 'Omitir las filas con problemas (1) e importar el resto',
      )
      .check();
    await expect(importButton).toBeEnabled();
    await expectNoSeriousViolations(page, `csv mapping corrected (${lang})`);
    await dialog.getByTestId('csv-mapping').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `.reports/desk-screens/12-csv-mapping-${lang}-1366.png`, fullPage: false });
    await importButton.click();
    await expect(dialog.getByTestId('csv-done')).toBeVisible();
    expect((await bookingOf(dut, who)).roomName).toBe('202');
    await expect(bookingOf(dut, 'Nobody Known')).rejects.toThrow(/no booking/);

    // The next file from the same source is read with the mapping the manager confirmed.
    await dialog
      .getByLabel(w.part, { exact: true })
      .setInputFiles(csvFile('pms2.csv', `Code,Who,Unit,From,To\n${lang}-3,Second ${who},202,2027-11-${from},2027-11-${to}\n`));
    await dialog.getByRole('button', { name: w.check }).click();
    await expect(dialog.getByTestId('csv-mapping').getByLabel(w.guest, { exact: true })).toHaveValue('Who');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });
}
