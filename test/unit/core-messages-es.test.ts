import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Desk } from '../../electron/core/desk';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import { createSecretStore } from '../../electron/core/secrets/secret-store';
import { BookingSaveResultSchema } from '../../shared/domain/booking-input';
import { CsvPreviewSchema, FeedSchema } from '../../shared/domain/booking-import';
import type { Channel, Contract, ResponseOf } from '../../shared/ipc/contract';
import type { IpcErr, IpcResult } from '../../shared/ipc/result';
import { formatMessage, type WireMessage, english } from '../../shared/messages';
import { openBookingsHarness } from '../integration/bookings-harness';
import { openDemoDesk } from '../integration/demo-desk';
import { createAesCipher } from './shell-aes-cipher';

/**
 * Real failures driven through the real core (demo desk on a SQLite file, the simulator over
 * HTTP, a feed server on 127.0.0.1): each carries a catalogue message whose Spanish is what a
 * Spanish clerk reads, and whose English is the sentence the desk always sent.
 */
const es = (m: WireMessage | null | undefined): string => (m ? formatMessage(m, 'es') : '(no message)');
const en = (m: WireMessage | null | undefined): string => (m ? formatMessage(m, 'en') : '(no message)');

/** The desk's one entry point (contract validation, staff guard, DeskError → IpcErr), typed per channel. */
const call = <C extends Channel>(desk: Desk, channel: C, payload: z.input<Contract[C]['request']>): Promise<IpcResult<ResponseOf<C>>> =>
  desk.dispatch(channel, payload) as Promise<IpcResult<ResponseOf<C>>>;

function failure<T>(r: IpcResult<T>): IpcErr {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
async function demoDesk(config: Parameters<typeof openDemoDesk>[0] = {}) {
  const d = await openDemoDesk(config);
  closers.push(d.close);
  return d.desk;
}

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((_req, res) => void res.writeHead(404, 'Not Found').end('gone'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const csv = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('core sentences reach a Spanish clerk in Spanish', () => {
  it('bookings: a walk-in with impossible dates, and the overlap question', async () => {
    const desk = await demoDesk();
    const search = await call(desk, 'booking:search', { query: 'Ana García', limit: 5 });
    if (!search.ok) throw new Error(english(search.msg));
    const ana = search.value.bookings[0]!;

    const bad = failure(
      await call(desk, 'booking:create', {
        guestName: 'Pablo Ruiz',
        roomId: ana.roomId,
        arrivalMs: ana.departureMs,
        departureMs: ana.arrivalMs,
      }),
    );
    expect(bad).toMatchObject({ code: 'invalid-request' });
    expect(english(bad.msg)).toBe('The departure must be after the arrival.');
    expect(es(bad.msg)).toBe('La salida debe ser posterior a la llegada.');

    const r = await call(desk, 'booking:create', {
      guestName: 'Pablo Ruiz',
      roomId: ana.roomId,
      arrivalMs: ana.arrivalMs,
      departureMs: ana.departureMs,
    });
    if (!r.ok || r.value.kind !== 'overlap') throw new Error(`expected the overlap question, got ${JSON.stringify(r)}`);
    expect(BookingSaveResultSchema.safeParse(r.value).success).toBe(true);
    expect(en(r.value.message)).toBe(
      `Room ${ana.roomName} is already booked for Ana García (${ana.ref}) during these dates. Choose another room or other dates.`,
    );
    expect(es(r.value.message)).toBe(
      `La habitación ${ana.roomName} ya está reservada para Ana García (${ana.ref}) en estas fechas. Elija otra habitación u otras fechas.`,
    );
  });

  it('CSV import: per-row problems in the preview and the refused commit are worded in Spanish', async () => {
    const desk = await demoDesk();
    const file = csv(
      'Reference,Guest,Room,Arrival,Departure\nB-1,Lucía Pérez,909,2027-05-01,2027-05-03\nB-2,,101,31/02/2027,2027-05-03\nB-1,Otro,101,2027-05-04,2027-05-05\n',
    );
    const preview = await call(desk, 'import:csv-preview', { source: 'Booking.com', dataBase64: file });
    if (!preview.ok) throw new Error(english(preview.msg));
    expect(CsvPreviewSchema.safeParse(preview.value).success).toBe(true);
    const byLine = new Map(preview.value.rows.map((row) => [row.line, row]));
    expect(byLine.get(2)!.errors.map(es)).toEqual(['habitación desconocida «909»']);
    expect(byLine.get(3)!.errors.map(es)).toEqual([
      'falta el nombre del huésped',
      'llegada: «31/02/2027» no es una fecha que exista (leída como DMY)',
    ]);
    expect(byLine.get(4)!.errors.map(es)).toEqual(['la referencia B-1 también está en la línea 2']);
    // The English wording is the sentence the preview always showed.
    expect(byLine.get(2)!.errors.map(en)).toEqual(['unknown room "909"']);

    const commit = failure(await call(desk, 'import:csv-commit', { source: 'Booking.com', dataBase64: file }));
    expect(english(commit.msg)).toBe(
      'Nothing was imported: 3 rows have errors (line 2: unknown room "909"). Fix the file and import it again.',
    );
    expect(es(commit.msg)).toBe(
      'No se ha importado nada: 3 filas tienen errores (línea 2: habitación desconocida «909»). Corrija el archivo e impórtelo de nuevo.',
    );

    const noColumns = failure(await call(desk, 'import:csv-commit', { source: 'x', dataBase64: csv('Foo,Bar\n1,2\n') }));
    expect(es(noColumns.msg)).toBe(
      'No se ha importado nada: Elija la columna de referencia de la reserva. Elija la columna de nombre del huésped. Elija la columna de habitación. Elija la columna de llegada. Elija la columna de salida.',
    );
    expect(en(noColumns.msg)).toBe(english(noColumns.msg));

    const latin1 = failure(
      await call(desk, 'import:csv-preview', {
        source: 'x',
        dataBase64: Buffer.from('Ref,Guest\nA,Jos\xe9\n', 'latin1').toString('base64'),
      }),
    );
    expect(es(latin1.msg)).toBe(
      'El archivo CSV no es texto UTF-8 (byte 0xe9 en la línea 2). Probablemente es Windows-1252 / Latin-1 (Excel antiguo). Guárdelo como «CSV UTF-8» o elija la codificación, e impórtelo de nuevo.',
    );
  });

  it('feeds: a failed refresh is stored as a message, and a damaged row reads as no message', async () => {
    const desk = await demoDesk({ feedAllowHosts: ['127.0.0.1'] }); // the test's server, allowed by name
    const search = await call(desk, 'booking:search', { query: 'Ana García', limit: 1 });
    if (!search.ok) throw new Error(english(search.msg));
    const added = await call(desk, 'feed:add', {
      roomId: search.value.bookings[0]!.roomId,
      name: 'Airbnb',
      url: `${base}/gone.ics`,
      refreshNow: true,
    });
    if (!added.ok) throw new Error(english(added.msg));
    expect(FeedSchema.safeParse(added.value).success).toBe(true);
    expect(en(added.value.lastError)).toBe('The feed answered HTTP 404.');
    expect(es(added.value.lastError)).toBe('El calendario respondió HTTP 404.');
    const refreshed = await call(desk, 'feed:refresh', { feedId: added.value.id });
    if (!refreshed.ok) throw new Error(english(refreshed.msg));
    expect(es(refreshed.value.results[0]!.error)).toBe('El calendario respondió HTTP 404.');

    // A damaged row (not a message) reads as no message rather than breaking the feed list.
    const h = openBookingsHarness({ nowMs: Date.UTC(2027, 0, 10) });
    closers.push(() => h.close());
    const feedId = h.feeds.add(h.roomIds['101']!, 'Old', `${base}/old.ics`);
    h.db.prepare('UPDATE feeds SET last_error = ? WHERE id = ?').run(JSON.stringify({ key: 42 }), feedId);
    expect(h.feeds.get(feedId)!.lastError).toBeNull();
    h.db.prepare('UPDATE feeds SET last_error = NULL WHERE id = ?').run(feedId);
    expect(h.feeds.get(feedId)!.lastError).toBeNull();
  });

  it('staff and setup: a wrong PIN, a clerk at a manager channel, a bad time zone', async () => {
    const desk = await demoDesk();
    const marta = await call(desk, 'staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const dev = await call(desk, 'staff:save', { name: 'Dev', role: 'desk', pin: '135799' });
    if (!marta.ok || !dev.ok) throw new Error('staff not saved');

    const tz = failure(
      await call(desk, 'setup:save-property', {
        name: 'Casa Azul',
        timeZone: 'Europe/Atlantis',
        checkInTime: '15:00',
        checkOutTime: '11:00',
      }),
    );
    expect(english(tz.msg)).toBe('"Europe/Atlantis" is not a time zone this computer knows (e.g. Europe/Madrid).');
    expect(es(tz.msg)).toBe('«Europe/Atlantis» no es una zona horaria que este ordenador conozca (p. ej. Europe/Madrid).');

    const clash = failure(await call(desk, 'staff:save', { name: 'marta', role: 'desk', pin: '1111' }));
    expect(es(clash.msg)).toBe('Ya hay alguien del personal llamado marta.');

    await call(desk, 'staff:lock', {});
    const locked = failure(await call(desk, 'booking:search', { query: '', limit: 1 }));
    expect(es(locked.msg)).toBe('La recepción está bloqueada. Escriba su PIN para continuar.');
    const wrong = failure(await call(desk, 'staff:unlock', { staffId: dev.value.id, pin: '000000' }));
    expect(wrong).toMatchObject({ code: 'forbidden' });
    expect(english(wrong.msg)).toBe('That PIN is not right. Please try again.');
    expect(es(wrong.msg)).toBe('Ese PIN no es correcto. Inténtelo de nuevo.');

    expect((await call(desk, 'staff:unlock', { staffId: dev.value.id, pin: '135799' })).ok).toBe(true);
    const notManager = failure(await call(desk, 'staff:list', {}));
    expect(english(notManager.msg)).toBe('Only a manager can do this. Dev is signed in as desk staff.');
    expect(es(notManager.msg)).toBe('Solo un encargado puede hacer esto. Dev ha entrado como recepcionista.');
  });

  it('setup: a Sifely password Windows cannot encrypt is refused with the reason, not the generic apology', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-secrets-'));
    closers.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
    const secrets = createSecretStore({ file: join(dir, 'secrets.json'), cipher: createAesCipher({ available: false }) });
    const desk = await demoDesk({ sifelyCredentialSink: { save: (c) => secrets.setSifelyCredential(c) } });
    const r = failure(await call(desk, 'setup:sifely-login', { baseUrl: desk.simulator!.url, ...DEMO_ACCOUNT }));
    expect(r.code).toBe('unavailable');
    expect(english(r.msg)).toMatch(/^Windows could not provide encryption for the Sifely password, so it was not saved\./);
    expect(es(r.msg)).toBe(
      'Windows no ha podido cifrar la contraseña de Sifely, así que no se ha guardado. Inicie sesión en Windows con la cuenta de usuario propia de la recepción (no un perfil temporal) e inténtelo de nuevo.',
    );
    expect(secrets.hasSifelyCredential()).toBe(false);
  });
});
