import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { createSettingsRepo } from '../../electron/core/db/repos/settings.repo';
import type { SlipPrinter } from '../../electron/core/slip/printer';
import type { IpcResult } from '../../shared/ipc/result';
import { msg } from '../../shared/messages';
import { openDemoDesk } from './demo-desk';
import { inEnglish, worded } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

type Dispatch = (channel: string, payload: unknown) => Promise<unknown>;
async function value<T>(dispatch: Dispatch, channel: string, payload: unknown): Promise<T> {
  const r = (await dispatch(channel, payload)) as { ok: boolean; value?: T; message?: string };
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

const langOf = (html: string): string | undefined => /<html lang="(\w+)">/.exec(html)?.[1];

describe('the slip in the guest’s language (demo desk, real SQLite)', () => {
  it('prints in the property’s language unless the request names another; old desks without the setting print English', async () => {
    const { desk, close } = await openDemoDesk();
    closers.push(close);
    const d: Dispatch = (c, p) => desk.dispatch(c, p);
    const bookingId = (await value<{ arrivals: { id: number }[] }>(d, 'booking:today', {})).arrivals[0]!.id;
    await value(d, 'access:issue-passcode', { bookingId });

    // A new desk has no 'language' row: the default applies.
    expect(await value(d, 'slip:options', {})).toEqual({ language: 'en', pageSize: '80mm' });
    const en = await value<{ html: string }>(d, 'slip:render', { bookingId });
    expect(langOf(en.html)).toBe('en');
    expect(en.html).toContain('<span>Guest</span>');

    expect(await value(d, 'setup:save-settings', { language: 'es' })).toMatchObject({ language: 'es' });
    expect(await value(d, 'slip:options', {})).toEqual({ language: 'es', pageSize: '80mm' });
    const es = await value<{ html: string }>(d, 'slip:render', { bookingId });
    expect(langOf(es.html)).toBe('es');
    expect(es.html).toContain('<span>Huésped</span>');
    expect(es.html).toContain('Desde');

    // A guest from abroad at a Spanish property: the clerk picks English for this slip only.
    const forGuest = await value<{ html: string }>(d, 'slip:render', { bookingId, language: 'en', pageSize: 'A4' });
    expect(langOf(forGuest.html)).toBe('en');
    expect(forGuest.html).toContain('slip-a4');
    expect(langOf((await value<{ html: string }>(d, 'slip:render', { bookingId })).html)).toBe('es');

    // Preview (no printer): slip:print hands back the HTML in the requested language.
    const preview = await value<{ kind: string; html: string }>(d, 'slip:print', { bookingId, language: 'en' });
    expect(preview.kind).toBe('preview');
    expect(langOf(preview.html)).toBe('en');

    expect(await d('slip:render', { bookingId, language: 'fr' })).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await d('setup:save-settings', { language: 'fr' })).toMatchObject({ ok: false, code: 'invalid-request' });

    // 300 characters is the limit, but accented text takes two bytes each in the QR code: the
    // setting refuses what the QR cannot hold instead of every slip failing later.
    const tooLong = inEnglish((await d('setup:save-settings', { qrText: 'ñ'.repeat(201) })) as IpcResult<unknown>) as {
      ok: boolean;
      code: string;
      message: string;
    };
    expect(tooLong).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(tooLong.message).toMatch(/too long for a QR code/);
    await value(d, 'setup:save-settings', { qrText: 'ñ'.repeat(200) });
    expect((await value<{ html: string }>(d, 'slip:render', { bookingId })).html).toContain('<svg');
  });

  it('a cancelled booking is refused with a catalogue message', async () => {
    const { desk, close } = await openDemoDesk();
    closers.push(close);
    const d: Dispatch = (c, p) => desk.dispatch(c, p);
    const bookingId = (await value<{ arrivals: { id: number }[] }>(d, 'booking:today', {})).arrivals[0]!.id;
    await value(d, 'access:cancel', { bookingId });
    expect(inEnglish((await d('slip:render', { bookingId, language: 'es' })) as IpcResult<unknown>)).toMatchObject({
      ok: false,
      code: 'conflict',
      message: 'This booking is cancelled: there is no access to print.',
      msg: msg('slip.cancelled'),
    });
  });

  it('hands the printer the slip in the chosen language and returns why it became a PDF as a message', async () => {
    const jobs: { html: string; pageSize: string; deviceName: string | null }[] = [];
    // The print port is Electron's; here it records the job and answers as main does with no printer chosen.
    const printer: SlipPrinter = {
      print: (job) => {
        jobs.push(job);
        return Promise.resolve({ kind: 'pdf', file: '/tmp/slip.pdf', reason: msg('slip.noPrinter') });
      },
      list: () => Promise.resolve([]),
    };
    const { desk, close } = await openDemoDesk({ printer });
    closers.push(close);
    const d: Dispatch = (c, p) => desk.dispatch(c, p);
    const bookingId = (await value<{ arrivals: { id: number }[] }>(d, 'booking:today', {})).arrivals[0]!.id;
    await value(d, 'setup:save-settings', { language: 'es', pageSize: 'A4' });
    const outcome = await value(d, 'slip:print', { bookingId });
    expect(outcome).toEqual({ kind: 'pdf', file: '/tmp/slip.pdf', reason: { key: 'slip.noPrinter' } });
    expect(worded(outcome)).toMatchObject({ reason: 'no printer chosen' });
    expect(jobs).toHaveLength(1);
    expect(langOf(jobs[0]!.html)).toBe('es');
    expect(jobs[0]!.pageSize).toBe('A4');
  });

  it('a stored language this build does not speak falls back to English instead of stopping the desk', () => {
    const db = openDatabase(':memory:');
    const settings = createSettingsRepo(db, () => 0);
    settings.save({ language: 'es', houseText: 'Wi-Fi: Casa' });
    expect(settings.get().language).toBe('es');
    // Written by another build (the repo keeps what it read until it saves): read at the next start.
    db.prepare("UPDATE desk_settings SET value = '\"fr\"' WHERE key = 'language'").run();
    expect(createSettingsRepo(db, () => 0).get()).toMatchObject({ language: 'en', houseText: 'Wi-Fi: Casa' });
    db.close();
  });
});
