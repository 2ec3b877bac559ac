import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import type { HidDeviceInfo } from '../../electron/core/reader/hid';
import type { ReaderStatus } from '../../shared/cards/reader-profile';
import type { IpcResult } from '../../shared/ipc/result';
import { english, formatMessage, type WireMessage } from '../../shared/messages';
import { loadRecording, RecordedReader } from '../fixtures/hid/recorded';
import { TEST_INSTANT, testClock } from '../support/time';
import { worded } from '../support/in-english';

setLogLevel('error');

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.code}: ${english(r.msg)}`);
  return r.value as T;
}

/** The message is a finished sentence in English (the log's) and a real translation in Spanish. */
function sameSentence(m: WireMessage | null): string {
  expect(m).not.toBeNull();
  const en = english(m!);
  expect(en).not.toMatch(/\{\{/);
  const es = formatMessage(m!, 'es');
  expect(es).not.toBe(en);
  return es;
}

/** A computer where USB devices cannot be enumerated (no permission, no libusb). */
class UnlistableReader extends RecordedReader {
  override devices(): Promise<HidDeviceInfo[]> {
    return Promise.reject(new Error('cannot enumerate HID devices'));
  }
}

describe('the reader service sends its sentences as catalogue messages', () => {
  let dir = '';
  let desk: Desk | null = null;
  const clock = testClock(TEST_INSTANT, { frozen: true });
  const open = async (backend: RecordedReader) => {
    dir = mkdtempSync(join(tmpdir(), 'reader-msg-'));
    desk = await createDesk({ dbFile: join(dir, 'desk.sqlite'), timeZone: 'Europe/Madrid', clock, readerBackend: backend });
    return desk;
  };
  afterEach(async () => {
    await desk?.close();
    desk = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('refused keyboard reads and a repeated tap carry a reason message, also on lastRead', async () => {
    const d = await open(new RecordedReader({ ...loadRecording('keyboard-keyup').device, path: '/dev/hidraw-msg' }));
    const noise = value<{ reason: WireMessage | null }>(await d.dispatch('reader:keyboard-read', { raw: '12345' }));
    expect(worded(noise.reason)).toBe('a 8h10d read has 10 characters, this one has 5');
    expect(sameSentence(noise.reason)).toBe('una lectura 8h10d tiene 10 caracteres y esta tiene 5');
    const last = value<ReaderStatus>(await d.dispatch('reader:status', {})).lastRead!;
    expect(last.reason).toEqual(noise.reason);

    expect(value(await d.dispatch('reader:keyboard-read', { raw: '3661413478' }))).toMatchObject({ accepted: true, reason: null });
    clock.advance(300);
    const again = value<{ accepted: boolean; reason: WireMessage | null }>(await d.dispatch('reader:keyboard-read', { raw: '3661413478' }));
    expect(worded(again)).toMatchObject({ accepted: false, reason: 'the same card again within a second' });
    expect(sameSentence(again.reason)).toBe('la misma tarjeta otra vez en menos de un segundo');
  });

  it('calibrating on a lock that is not a door is refused with a message', async () => {
    const d = await open(new RecordedReader({ ...loadRecording('keyboard-keyup').device, path: '/dev/hidraw-msg' }));
    const r = await d.dispatch('reader:calibrate', { lockId: 987654321, raw: '3661413478' });
    expect(r).toMatchObject({ ok: false, code: 'not-found', msg: { key: 'reader.notThisDesksLock' } });
    if (!r.ok) expect(english(r.msg)).toBe('That lock is not one of this desk’s doors.');
  });

  it('a USB reader that is missing, or lost mid-use, is explained with a message', async () => {
    const rec = loadRecording('keyboard-keyup');
    const device = new RecordedReader({ ...rec.device, path: '/dev/hidraw-msg' });
    device.plugged = false;
    const d = await open(device);
    const status = async () => value<ReaderStatus>(await d.dispatch('reader:status', {}));
    const profile = (await status()).profile;
    await d.dispatch('reader:save-profile', {
      ...profile,
      source: 'hid',
      device: { vendorId: rec.device.vendorId, productId: rec.device.productId, reportMode: 'keyboard' },
    });
    await vi.waitFor(async () => expect((await status()).hid.state).toBe('searching'));
    const missing = (await status()).hid;
    expect(english(missing.problem!)).toBe('The reader is not plugged in.');
    expect(sameSentence(missing.problem)).toBe('El lector no está enchufado.');

    device.plug();
    await vi.waitFor(async () => expect((await status()).hid.state).toBe('open'), { timeout: 8_000 });
    expect((await status()).hid).toMatchObject({ problem: null });
    device.unplug();
    const lost = (await status()).hid;
    expect(lost).toMatchObject({ state: 'searching' });
    expect(lost.problem).toEqual({ key: 'reader.openFailed', params: { error: 'could not read from HID device' } });
    expect(formatMessage(lost.problem!, 'es')).toBe('No se ha podido abrir el lector: could not read from HID device');
  });

  it('a computer that cannot list USB devices says so, in both languages', async () => {
    const d = await open(new UnlistableReader({ ...loadRecording('keyboard-keyup').device, path: '/dev/hidraw-msg' }));
    const r = value<{ devices: unknown[]; problem: WireMessage | null }>(await d.dispatch('reader:devices', {}));
    expect(r.devices).toEqual([]);
    expect(english(r.problem!)).toBe('USB readers cannot be listed on this computer; the keyboard reader still works.');
    sameSentence(r.problem);
  });
});
