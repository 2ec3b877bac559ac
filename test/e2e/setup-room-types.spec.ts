import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { expectNoSeriousViolations } from './desk-helpers';

// Setup's room types (the table imports assign rooms from), at 1366x768 in both languages.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest('Europe/Madrid');
});
test.afterAll(async () => {
  await dut.stop();
});
test.use({ viewport: { width: 1366, height: 768 } });

const W = {
  en: {
    setup: 'Setup',
    step: 'Room types',
    name: 'Name, as the booking site writes it',
    save: 'Save room type',
    type: 'Suite',
    saved: 'Room type Suite saved: 201, 202.',
    remove: 'Remove Suite',
  },
  es: {
    setup: 'Configuración',
    step: 'Tipos de habitación',
    name: 'Nombre, tal como lo escribe la web de reservas',
    save: 'Guardar tipo de habitación',
    type: 'Suite junior',
    saved: 'Tipo de habitación Suite junior guardado: 201, 202.',
    remove: 'Eliminar Suite junior',
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  test(`${lang}: a manager lists the rooms of a type; the core keeps it; it can be removed`, async ({ page }) => {
    const w = W[lang];
    await page.goto(dut.preview.url);
    if (lang === 'es') await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: w.setup, exact: true }).click();
    await page.getByRole('button', { name: w.step, exact: true }).click();
    const section = page.getByTestId('room-types');
    await section.getByLabel(w.name).fill(w.type);
    await section.getByRole('checkbox', { name: '201' }).check();
    await section.getByRole('checkbox', { name: '202' }).check();
    await section.getByRole('button', { name: w.save }).click();
    await expect(page.getByRole('status')).toHaveText(w.saved);
    await expect(section.getByRole('row', { name: new RegExp(w.type) })).toContainText('201, 202');
    const types = await dut.desk.dispatch('setup:room-types', {});
    expect(types.ok && (types.value as { types: { name: string }[] }).types.map((t) => t.name)).toContain(w.type);
    await expectNoSeriousViolations(page, `room types (${lang})`);
    await page.screenshot({ path: `.reports/desk-screens/13-setup-room-types-${lang}-1366.png` });
    await section.getByRole('button', { name: w.remove }).click();
    await expect(section.getByRole('row', { name: new RegExp(w.type) })).toHaveCount(0);
  });
}
