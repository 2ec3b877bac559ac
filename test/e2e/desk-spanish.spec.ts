import { expect, test, type Page } from './fixtures';
import type { SetupState } from '../../shared/domain/setup';
import { startTestSmtp } from '../support/smtp-server';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { setGateway, tap } from './desk-helpers';
import { icsCalendar, startIcsServer } from './ics-server';
import { PRESETS } from '../../shared/domain/import-presets';

// The desk reads entirely in Spanish when the clerk picks ES: every visible text, every accessible
// name (aria-label, title, placeholder, alt), every option of every select and the window title,
// in each main state. English slipping through (a hard-coded string, a date in the PC's locale, a
// core sentence sent as English only) fails here, naming the state and the words.
let dut: DeskUnderTest;
test.beforeAll(async () => {
  dut = await startDeskUnderTest('Europe/Madrid');
});
test.afterAll(async () => {
  await dut.stop();
});

/**
 * Words that are English and never Spanish. Whole words only, so "Cancelar" is not "Cancel" and
 * "identityCard" (a Sifely API name shown in the reader profile) is not "Card". Words both
 * languages share (PIN, USB, HID, PDF, QR, Sifely, Hexadecimal, Decimal) are not listed, nor English
 * words that are also Spanish (no, has, he, me, son, come, once). Day and month names catch a date
 * formatted in English (not through ui/format.ts); "mar", "may", "jun", "oct", "nov" are Spanish too.
 */
const ENGLISH =
  /\b(the|and|of|to|is|are|was|will|be|it|in|on|or|by|not|with|from|for|this|that|there|every|yet|now|last|new|here|please|again|only|all|none|more|yes|you|your|what|which|who|have|Room|Rooms|Check-?out|Check-?in|Check|Issue|Issued|Print|Printed|Cancel|Save|Close|Search|Door|Doors|Card|Cards|Code|Passcode|Guest|Guests|Tap|Not connected|Ignored|nights?|Reader|Lock|Locks|Locked|Setup|Settings|Staff|Booking|Battery|Gateway|Offline|Online|Waiting|Pending|Change|Move|Lost|Show|Apply|Keep|Expected|Revoked|Failed|Done|Refresh|Action|Details|Result|When|Password|Server|Property|Printer|Slip|Calibrate|Profile|Unlock|Loading|Connected|keyboard|Match|Discard|Try|Demo|Walk-in|Audit|Language|Arriving|Leaving|house|Nobody|System|Desk|Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Apr|Aug|Dec|January|February|March|April|June|July|August|September|October|November|December|AM|PM)\b/gi;

/** The property's own names (data, not the desk's words): guests, booking refs, rooms, doors, locks, staff, the property. */
async function dataNames(): Promise<string[]> {
  const names = new Set<string>(['English']); // the language button names its language in that language
  // The channels an export comes from are brand names ("Booking.com"), not the desk's words.
  for (const p of PRESETS) if (p.id !== 'generic') names.add(p.name);
  const setup = await dut.desk.dispatch('setup:state', {});
  if (setup.ok) {
    const s = setup.value as SetupState;
    if (s.property) names.add(s.property.name);
    for (const r of s.rooms) [r.name, r.door.name, ...r.sharedDoors.map((d) => d.name)].forEach((n) => names.add(n));
    for (const d of s.doors) names.add(d.name);
    if (s.settings.houseText.trim()) names.add(s.settings.houseText.trim());
  }
  for (const l of dut.desk.simulator!.state.locks.values()) names.add(l.lockAlias);
  const staff = await dut.desk.dispatch('staff:list', {});
  if (staff.ok) for (const m of (staff.value as { members: { name: string }[] }).members) names.add(m.name);
  // booking:search matches name, ref or room prefixes: every letter and digit reaches every booking.
  for (const q of 'abcdefghijklmnopqrstuvwxyz0123456789') {
    const found = await dut.desk.dispatch('booking:search', { query: q, limit: 200 });
    if (found.ok)
      for (const b of (found.value as { bookings: { guestName: string; roomName: string; ref: string }[] }).bookings)
        [b.guestName, b.roomName, b.ref].forEach((n) => names.add(n));
  }
  // Longest first, so "Room 101" goes before "101" would.
  return [...names].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * Everything a Spanish-speaking clerk can see or hear on the page now: rendered text (open shadow
 * roots too: the slip view), select options, aria-label/title/placeholder/alt, and the window title.
 * Text an element marks as another language (lang="en": the "English" button, the core's audit
 * note) is left out: it says it is not Spanish.
 */
async function deskTexts(page: Page, language = 'es'): Promise<string[]> {
  return page.evaluate((language) => {
    const out: string[] = [document.title];
    /** The language an element is in: its own or nearest lang, across a shadow root to its host. */
    const langOf = (el: Element): string => {
      const own = el.closest('[lang]')?.getAttribute('lang');
      if (own) return own;
      const root = el.getRootNode();
      return root instanceof ShadowRoot ? langOf(root.host) : document.documentElement.lang;
    };
    const inLanguage = (el: Element): boolean => langOf(el).toLowerCase().startsWith(language);
    // Options of a closed select are not rendered but the clerk reads them on opening it.
    const shown = (el: Element): boolean => el.closest('option') !== null || el.checkVisibility({ visibilityProperty: true });
    const walk = (root: Document | ShadowRoot): void => {
      const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = texts.nextNode(); n; n = texts.nextNode()) {
        const el = n.parentElement;
        // A template the manager edits keeps its {{placeholders}} in every language: syntax, not words.
        const text = el?.tagName === 'TEXTAREA' ? n.textContent?.replace(/\{\{\w+\}\}/g, ' ').trim() : n.textContent?.trim();
        if (!el || !text || el.closest('script, style') || !shown(el) || !inLanguage(el)) continue;
        out.push(text);
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        if (!shown(el) || !inLanguage(el)) continue;
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a)?.trim();
          if (v) out.push(`${v}  [${a}]`);
        }
      }
    };
    walk(document);
    return out;
  }, language);
}

/** The English words left once the property's own names are taken out, each with its text. */
function englishIn(texts: string[], names: string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    let rest = text;
    for (const n of names) rest = rest.split(n).join(' ');
    const hits = [...rest.matchAll(ENGLISH)].map((m) => m[0]);
    if (hits.length) found.push(`${hits.join(', ')}  ←  “${text}”`);
  }
  return [...new Set(found)];
}

async function expectSpanish(page: Page, where: string): Promise<void> {
  const texts = await deskTexts(page);
  expect(texts.length, `${where}: nothing collected`).toBeGreaterThan(3);
  expect(englishIn(texts, await dataNames()), `English in Spanish mode (${where})`).toEqual([]);
}

async function spanishDesk(page: Page): Promise<void> {
  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { name: /Llegan hoy/ })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
}

async function openGuest(page: Page, guest: string): Promise<void> {
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

test('the guard sees English: the same collector on the English desk finds the words it looks for', async ({ page }) => {
  await page.goto(dut.preview.url);
  await expect(page.getByRole('heading', { name: /Arriving today/ })).toBeVisible();
  const found = englishIn(await deskTexts(page, 'en'), await dataNames());
  expect(found.join('\n')).toMatch(/Arriving/);
  expect(found.join('\n')).toMatch(/\[placeholder\]/);
  expect(found.join('\n')).toContain('Sifely Front Desk'); // the window title
  expect(found.join('\n')).toMatch(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/); // an English date
  // …and the property's own names are not what it flags.
  expect(found.join('\n')).not.toMatch(/Casa Azul|Room 101/);
});

test('Spanish: today’s lists, a booking with a card and a code, the outcome, the slip, the lost card and the check-out', async ({
  page,
}) => {
  await spanishDesk(page);
  await expect(page).toHaveTitle('Recepción Sifely');
  await expectSpanish(page, 'today’s lists');

  await openGuest(page, 'Tom Becker');
  await expectSpanish(page, 'a booking selected');
  await page.getByRole('button', { name: 'Emitir tarjeta' }).click();
  await expect(page.getByText('Acerque la tarjeta del huésped al lector')).toBeVisible();
  await expectSpanish(page, 'waiting for the card');
  await tap(page, '3500000001');
  await expect(page.getByTestId('outcome')).toContainText('Tarjeta lista');
  await expectSpanish(page, 'card issued');
  await page.getByRole('button', { name: 'Emitir código' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Código listo');
  await expectSpanish(page, 'passcode issued, every credential on the doors');

  // The guest's slip, in Spanish (the property prints English by default; this guest gets Spanish).
  await page.getByRole('combobox', { name: 'Idioma del ticket' }).selectOption('es');
  await page.getByRole('button', { name: 'Imprimir ticket' }).click();
  const slip = page.getByRole('dialog', { name: 'Ticket del huésped' });
  await expect(slip).toBeVisible();
  await expectSpanish(page, 'slip view');
  await slip.getByRole('button', { name: 'Cerrar' }).click();

  // Lost card: the question, then the outcome.
  await page.getByRole('button', { name: 'Tarjeta perdida' }).click();
  await expect(page.getByText('¿Qué tarjeta se ha perdido?')).toBeVisible();
  await expectSpanish(page, 'which card is lost');
  await page.getByRole('button', { name: 'La tarjeta 3500000001 se ha perdido' }).click();
  await expect(page.getByTestId('outcome')).toContainText('La tarjeta está bloqueada');
  await expectSpanish(page, 'lost card blocked');

  // Check-out: the question, then the outcome.
  await openGuest(page, 'Olivia Smith');
  await page.getByRole('button', { name: 'Hacer la salida' }).click();
  await expect(page.getByText(/¿Hacer la salida de Olivia Smith/)).toBeVisible();
  await expectSpanish(page, 'check-out question');
  await page.getByRole('button', { name: /Sí, hacer la salida/ }).click();
  await expect(page.getByTestId('outcome')).toContainText('Salida de Olivia Smith hecha');
  await expectSpanish(page, 'checked out');
});

test('Spanish: a door whose gateway is offline, a card that waits, a tapped card, an unknown card', async ({ page }) => {
  setGateway(dut, 'Room 201', false);
  try {
    await spanishDesk(page);
    await page.getByRole('button', { name: 'Comprobar cerraduras' }).click();
    await expect(page.getByText('Pasarela desconectada').first()).toBeVisible();
    await openGuest(page, 'Mei Tanaka');
    await page.getByRole('button', { name: 'Emitir tarjeta' }).click();
    await tap(page, '3500000002');
    await expect(page.getByTestId('outcome')).toBeVisible();
    await expect(page.getByTestId('outcome').locator('[data-tone="wait"]').first()).toBeVisible();
    await expectSpanish(page, 'a card waiting for an offline gateway');
    await page.getByRole('button', { name: 'Emitir código' }).click();
    await expect(page.getByTestId('outcome')).toContainText('sin conexión');
    await expectSpanish(page, 'an offline code');
  } finally {
    setGateway(dut, 'Room 201', true);
  }

  await page.waitForTimeout(1100); // the reader's one-tap-per-second rule
  await tap(page, '3500000002');
  await expect(page.getByTestId('card-identity')).toBeVisible();
  await expectSpanish(page, 'whose card is this');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1100);
  await tap(page, '3599999999');
  await expect(page.getByRole('heading', { name: /Ningún huésped la tiene/ })).toBeVisible();
  await expectSpanish(page, 'an unknown card');
  await page.keyboard.press('Escape');

  // Something that is not a card number: the notice, and the reader's "last card" line.
  await page.waitForTimeout(1100);
  await tap(page, '123456');
  await expect(page.getByText(/no es un número de tarjeta/)).toBeVisible();
  await expectSpanish(page, 'a read that is not a card number');
});

test('Spanish: change and move dialogs with a preview, walk-in and the audit log', async ({ page }) => {
  await spanishDesk(page);
  await openGuest(page, 'Ana García');
  // A code on her doors first, so the previews below have door steps to word.
  await page.getByRole('button', { name: 'Emitir código' }).click();
  await expect(page.getByTestId('outcome')).toContainText('Código listo');
  await page.getByRole('button', { name: 'Ampliar / cambiar fechas' }).click();
  const change = page.getByRole('dialog', { name: 'Cambiar la estancia de Ana García' });
  await expect(change.getByTestId('stay-nights')).toContainText('noches');
  await expectSpanish(page, 'change dates');
  await change.getByRole('textbox', { name: 'Fecha de salida' }).press('ArrowUp');
  await change.getByRole('button', { name: 'Ver qué cambia' }).click();
  await expect(change.getByRole('region', { name: 'Qué cambia en cada puerta' })).toContainText('válida hasta');
  await expectSpanish(page, 'change preview');
  await change.getByRole('textbox', { name: 'Fecha de salida' }).fill('31/02/2030');
  await change.getByRole('button', { name: 'Ver qué cambia' }).click();
  await expect(change.getByText(/No es una fecha/)).toBeVisible();
  await expectSpanish(page, 'a date that does not exist');
  await change.getByRole('button', { name: 'Cerrar' }).click();

  await page.getByRole('button', { name: 'Cambiar de habitación' }).click();
  const move = page.getByRole('dialog', { name: /Cambiar a Ana García de habitación/ });
  // 103: Olivia Smith leaves this morning, before Ana García's check-in, so the move is possible.
  await move.getByRole('combobox', { name: 'Habitación' }).selectOption({ label: '103' });
  await move.getByRole('button', { name: 'Ver qué cambia' }).click();
  await expect(move.getByRole('region', { name: 'Qué cambia en cada puerta' })).toContainText('quitar');
  await expectSpanish(page, 'move room preview');
  await move.getByRole('button', { name: 'Cerrar' }).click();

  await page.getByRole('button', { name: 'Sin reserva' }).click();
  const walkIn = page.getByRole('dialog', { name: 'Nuevo huésped sin reserva' });
  await expect(walkIn.getByTestId('walk-in-departs')).toContainText('Sale el');
  await expectSpanish(page, 'walk-in');
  await walkIn.getByRole('button', { name: 'Cerrar' }).click();

  await page.getByRole('button', { name: 'Registro' }).click();
  const audit = page.getByRole('dialog', { name: 'Registro' });
  await expect(audit.getByRole('table')).toBeVisible();
  await expectSpanish(page, 'audit log');
  await audit.getByRole('button', { name: 'Cerrar' }).click();
});

test('Spanish: the reader panel and its calibration', async ({ page }) => {
  await spanishDesk(page);
  await page.getByRole('button', { name: 'Lector', exact: true }).click();
  const reader = page.getByRole('dialog', { name: 'Lector de tarjetas' });
  await expect(reader.getByTestId('reader-source')).toContainText('Teclado');
  await expectSpanish(page, 'reader panel');
  await reader.getByRole('button', { name: 'Calibrar' }).click();
  await expect(reader.getByText(/Acerque ahora la tarjeta de prueba/)).toBeVisible();
  await expectSpanish(page, 'calibration waiting');
  await tap(page, '3598765432');
  await expect(reader.getByText(/no está entre|no es la única|aún no tiene tarjetas/)).toBeVisible();
  await expectSpanish(page, 'calibration without a match');
  await reader.getByRole('button', { name: 'Intentar de nuevo' }).click();
  await expect(reader.getByTestId('reader-last')).toContainText('3598765432 a las');
  await expectSpanish(page, 'reader panel after a read');
  await page.waitForTimeout(1100); // the reader's one-tap-per-second rule
  await tap(page, '123456');
  await expect(reader.getByTestId('reader-last')).toContainText('Descartada a las');
  await expectSpanish(page, 'reader panel after a read that is not a card number');
});

test('Spanish: every setup step, then the staff lock and a wrong PIN', async ({ page }) => {
  await spanishDesk(page);
  await page.getByRole('button', { name: 'Configuración' }).click();
  const wizard = page.getByRole('dialog', { name: 'Configuración de recepción' });
  for (const step of [
    'Cuenta de Sifely',
    'Habitaciones y puertas',
    'Alojamiento y horarios',
    'Impresora y ticket',
    'Lector de tarjetas',
    'Personal y PIN',
  ]) {
    await wizard.getByRole('button', { name: step }).click();
    await expect(wizard.getByRole('region', { name: step })).toBeVisible();
    await expectSpanish(page, `setup: ${step}`);
  }
  const staffForm = wizard.getByRole('form', { name: 'Alta de personal' });
  await staffForm.getByLabel('Nombre').fill('Marta');
  await staffForm.getByLabel('Puesto').selectOption('manager');
  await staffForm.getByLabel('PIN (4–8 cifras)').fill('2580');
  await staffForm.getByRole('button', { name: 'Dar de alta' }).click();
  await expect(wizard.getByRole('status')).toHaveText('Alta de Marta como encargado.');
  await expectSpanish(page, 'setup: staff added');
  await wizard.getByRole('button', { name: 'Cerrar' }).first().click();

  await page.getByRole('button', { name: 'Marta · Bloquear' }).click();
  const gate = page.getByRole('dialog', { name: 'La recepción está bloqueada' });
  await expect(gate).toBeVisible();
  await expectSpanish(page, 'staff lock');
  await gate.getByRole('button', { name: 'Marta' }).click();
  await gate.getByLabel('PIN').fill('0000');
  await gate.getByRole('button', { name: 'Desbloquear con PIN' }).click();
  await expect(gate.getByRole('alert')).toBeVisible();
  await expectSpanish(page, 'staff lock, wrong PIN');
  await gate.getByLabel('PIN').fill('2580');
  await gate.getByRole('button', { name: 'Desbloquear con PIN' }).click();
  await expect(gate).toBeHidden();

  await page.getByRole('button', { name: 'Registro' }).click();
  await expect(page.getByRole('dialog', { name: 'Registro' }).getByRole('table')).toBeVisible();
  await expectSpanish(page, 'audit log with setup and staff entries');
});

test('Spanish: the bookings dialog, a calendar read and a CSV file with errors in its rows', async ({ page }) => {
  const ics = await startIcsServer();
  try {
    ics.routes.set(
      '/cal/e.ics',
      icsCalendar([{ uid: 'es-1@airbnb.com', summary: 'Nora Feedwell', fromDay: 10, toDay: 12 }], 'Europe/Madrid'),
    );
    await spanishDesk(page);
    await page.getByRole('button', { name: 'Reservas', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Reservas desde calendarios y archivos' });
    await expect(dialog.getByText('Aún no hay calendarios. Añada el primero abajo.')).toBeVisible();
    await expectSpanish(page, 'bookings: no calendars yet');
    const form = dialog.getByRole('form', { name: 'Añadir un calendario' });
    await form.getByLabel('Habitación').selectOption({ label: '101' });
    await form.getByLabel('Nombre (p. ej., Airbnb)').fill('Airbnb');
    await form.getByLabel('Dirección del calendario (https://…)').fill(`${ics.base}/cal/e.ics`);
    await form.getByRole('button', { name: 'Añadir y leer ahora' }).click();
    await expect(dialog.getByTestId('feed-result')).toContainText('Nuevas: 1');
    await expectSpanish(page, 'bookings: a calendar added and read');

    await dialog.getByRole('button', { name: 'Archivo CSV' }).click();
    await dialog.getByLabel('De dónde viene el archivo').fill('Hecho a mano');
    const bad =
      'id,client,unit,llegada,salida\nB-1,Ivy Goodrow,102,2027-07-01,2027-07-03\nB-2,Jack Badroom,909,2027-07-01,2027-07-03\nB-3,Kim Backwards,103,2027-07-05,2027-07-03\n';
    await dialog
      .getByLabel('Archivo CSV', { exact: true })
      .setInputFiles({ name: 'mal.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await dialog.getByRole('button', { name: 'Comprobar el archivo' }).click();
    await expect(dialog.getByTestId('csv-blocked')).toContainText('No se importa nada');
    await expectSpanish(page, 'bookings: a CSV file with errors in its rows');
  } finally {
    await ics.close();
  }
});

test('Spanish: the room grid, the doors view with a door’s log, and the lock cloud outage banner', async ({ page }) => {
  await spanishDesk(page);
  await page.getByRole('button', { name: 'Imprimir las listas de hoy' }).click();
  await expect(page.getByRole('dialog', { name: /listas de hoy/ })).toBeVisible();
  await expectSpanish(page, 'today’s lists to print');
  await page.getByRole('button', { name: 'Cerrar' }).click();
  await page.keyboard.press('F2');
  await expect(page.getByRole('main', { name: 'Habitaciones, noche a noche' })).toBeVisible();
  await expectSpanish(page, 'room grid');
  await page.keyboard.press('F3');
  await page.getByRole('button', { name: 'Ver aperturas de Entrance' }).click();
  await expect(page.getByRole('region', { name: 'Quién abrió Entrance' })).toBeVisible();
  await expectSpanish(page, 'doors view and a log');
  await page.keyboard.press('F1');
  await openGuest(page, 'Mei Tanaka');
  await page.getByRole('button', { name: 'Emitir tarjeta' }).click();
  await page.getByRole('button', { name: 'Escribir a mano el número de una tarjeta' }).click();
  await expect(page.getByRole('button', { name: 'Acercar una tarjeta de demostración' })).toBeVisible();
  await expectSpanish(page, 'waiting for a card: demo card and typed number');
  await page.keyboard.press('Escape');
  await openGuest(page, 'Lukas Novák');
  await page.getByRole('region', { name: 'Aperturas' }).getByRole('button', { name: 'Ver aperturas' }).click();
  await expect(page.getByRole('region', { name: 'Aperturas' })).toContainText(/ha llegado|Llegó/);
  await expectSpanish(page, 'a booking’s door log');
  await page.keyboard.press('F3');
  const fault = dut.desk.simulator!.faults.add({ error: { status: 503, body: 'Service Unavailable' } });
  try {
    await page.getByRole('button', { name: 'Comprobar cerraduras' }).click();
    await expect(page.getByTestId('cloud-outage')).toBeVisible();
    await expectSpanish(page, 'lock cloud outage');
  } finally {
    dut.desk.simulator!.faults.remove(fault);
  }
});

test('Spanish: Setup → guest messages with a test e-mail, and a booking’s guest messages from no contact to a code sent', async ({
  page,
}) => {
  const smtp = await startTestSmtp();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await spanishDesk(page);
    await page.getByRole('button', { name: 'Configuración' }).click();
    const wizard = page.getByRole('dialog', { name: 'Configuración de recepción' });
    await wizard.getByRole('button', { name: 'Mensajes al huésped' }).click();
    const form = wizard.getByRole('region', { name: 'Mensajes al huésped' });
    await expect(form).toBeVisible();
    await expectSpanish(page, 'setup: guest messages');
    await form.getByLabel('Enviar correos a los huéspedes').check();
    await form.getByLabel('Servidor', { exact: true }).fill('127.0.0.1');
    await form.getByLabel('Puerto', { exact: true }).fill(String(smtp.port));
    await form.getByRole('combobox', { name: /^Seguridad/ }).selectOption('none');
    await form.getByLabel('Dirección del remitente', { exact: true }).fill('recepcion@casa-azul.example');
    await form.getByRole('button', { name: 'Guardar mensajes al huésped' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Configuración de mensajes guardada.');
    await form.getByLabel('Enviar una prueba a').fill('encargada@casa-azul.example');
    await form.getByRole('button', { name: 'Enviar un correo de prueba' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Correo de prueba entregado a 127.0.0.1 para encargada@casa-azul.example.');
    await expectSpanish(page, 'setup: guest messages saved, test e-mail sent');
    await page.screenshot({ path: '.reports/desk-screens/guest-messages-setup-es-1366.png' });
    await wizard.getByRole('button', { name: 'Cerrar' }).first().click();

    await openGuest(page, 'Lukas Novák');
    const box = page.getByRole('region', { name: 'Mensajes al huésped' });
    await expect(box).toBeVisible();
    await expectSpanish(page, 'guest messages: no contact');
    await box.getByRole('button', { name: 'Editar huésped' }).click();
    await box.getByLabel('Correo', { exact: true }).fill('no-es-un-correo');
    await box.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(box.getByRole('alert')).toBeVisible();
    await expectSpanish(page, 'guest messages: an invalid address');
    await box.getByLabel('Correo', { exact: true }).fill('lukas@example.org');
    await box.getByLabel('Idioma del huésped').selectOption('es');
    await box.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(box.getByTestId('delivery-email')).toContainText('lukas@example.org');
    await page.getByRole('button', { name: 'Emitir código' }).click();
    await expect(page.getByTestId('outcome')).toContainText('Código listo');
    await box.getByRole('button', { name: 'Reenviar código' }).click();
    await expect(box.locator('[data-state="sent"]')).toHaveCount(1);
    await box.getByRole('button', { name: 'Ver QR' }).click();
    await expect(box.getByRole('img', { name: 'Código QR del mensaje para el huésped' })).toBeVisible();
    await expectSpanish(page, 'guest messages: code sent, QR shown');
    await page.screenshot({ path: '.reports/desk-screens/guest-messages-booking-es-1366.png', fullPage: true });
    expect(smtp.received.at(-1)!.subject).toBe('Su código de acceso para Casa Azul B&B');
  } finally {
    await smtp.close();
  }
});
