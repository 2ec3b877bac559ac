import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesk, type Desk } from '../../electron/core/desk';
import { setLogLevel } from '../../electron/core/log';
import { md5Hex } from '../../electron/core/sifely/md5';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import type { CalibrationOutcome, ReaderProfile, ReaderStatus } from '../../shared/cards/reader-profile';
import type { IpcResult } from '../../shared/ipc/result';
import { loadRecording, RecordedReader } from '../fixtures/hid/recorded';
import { TEST_INSTANT, testClock } from '../support/time';
import { english } from '../../shared/messages';

setLogLevel('warn');

/** Enrols a card the way the Sifely app does (a cloud record after a Bluetooth add, addType 1). */
async function enrolWithSifelyApp(simulatorUrl: string, lockId: number, cardNumber: string): Promise<void> {
  const login = await fetch(`${simulatorUrl}/system/smart/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: DEMO_ACCOUNT.account, password: md5Hex(DEMO_ACCOUNT.password) }),
  });
  const body = (await login.json()) as { clientToken?: string; data?: { clientToken?: string } };
  const key = body.clientToken ?? body.data?.clientToken ?? '';
  const q = new URLSearchParams({
    lockId: String(lockId),
    cardNumber,
    cardName: 'Test card (Sifely app)',
    startDate: '0',
    endDate: '0',
    addType: '1',
  });
  const res = await fetch(`${simulatorUrl}/v3/identityCard/add?${q}`, { method: 'POST', headers: { Authorization: key } });
  const added = (await res.json()) as { cardId?: number };
  if (typeof added.cardId !== 'number') throw new Error(`enrolment failed: ${JSON.stringify(added)}`);
}

function value<T>(r: IpcResult<unknown>): T {
  if (!r.ok) throw new Error(`${r.code}: ${english(r.msg)}`);
  return r.value as T;
}

describe('reader calibration and profiles against the simulator', () => {
  let dir: string;
  let desk: Desk;
  const clock = testClock(TEST_INSTANT, { frozen: true });
  const device = new RecordedReader({ ...loadRecording('keyboard-keyup').device, path: '/dev/hidraw-desk' });

  const open = () => createDesk({ dbFile: join(dir, 'desk.sqlite'), timeZone: 'Europe/Madrid', clock, readerBackend: device });
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reader-cal-'));
    desk = await open();
  });
  afterEach(async () => {
    await desk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const status = async () => value<ReaderStatus>(await desk.dispatch('reader:status', {}));

  async function calibrateOn(lockName: string, raw: string): Promise<CalibrationOutcome> {
    const lockId = (await status()).locks.find((l) => l.name === lockName)!.lockId;
    return value<CalibrationOutcome>(await desk.dispatch('reader:calibrate', { lockId, raw }));
  }

  it('a reader that types the listed number: plain byte order, and the profile then passes cards through', async () => {
    const lockId = (await status()).locks.find((l) => l.name === 'Room 101')!.lockId;
    await enrolWithSifelyApp(desk.simulator!.url, lockId, '1111111111');
    await enrolWithSifelyApp(desk.simulator!.url, lockId, '3661413478');
    const outcome = await calibrateOn('Room 101', '3661413478');
    expect(outcome.listedCards).toBe(2);
    expect(outcome.matches[0]).toMatchObject({ card: { format: '8h10d', byteOrder: 'as-read' }, cardNumber: '3661413478' });
    expect(outcome.undecided).toContain('leadingZeros');
  });

  it('a reader that prints the bytes reversed (§12: 3661413478 → 1723612378): calibration finds it, saves it, and reads follow it', async () => {
    const lockId = (await status()).locks.find((l) => l.name === 'Entrance')!.lockId;
    await enrolWithSifelyApp(desk.simulator!.url, lockId, '1723612378');
    const outcome = await calibrateOn('Entrance', '3661413478');
    expect(outcome.matches[0]).toMatchObject({
      card: { format: '8h10d', byteOrder: 'reversed', leadingZeros: 'keep' },
      cardNumber: '1723612378',
    });
    expect(outcome.matches.every((m) => m.card.byteOrder === 'reversed')).toBe(true);

    const profile: ReaderProfile = {
      name: 'Desk reader',
      source: 'keyboard',
      device: null,
      card: { ...outcome.matches[0]!.card, endpoint: 'plain' },
      calibration: { atMs: clock.wall(), lockId, cardNumber: '1723612378' },
    };
    const saved = value<ReaderStatus>(await desk.dispatch('reader:save-profile', profile));
    expect(saved.profile.card.byteOrder).toBe('reversed');

    const cards: string[] = [];
    desk.on('reader:card', (c) => cards.push(c.cardNumber));
    expect(value(await desk.dispatch('reader:keyboard-read', { raw: '3661413478' }))).toEqual({
      accepted: true,
      cardNumber: '1723612378',
      reason: null,
    });
    clock.advance(400); // the reader repeats itself: one tap
    expect(value(await desk.dispatch('reader:keyboard-read', { raw: '3661413478' }))).toMatchObject({
      accepted: false,
      cardNumber: '1723612378',
    });
    clock.advance(1_500); // tapped again later: a new tap
    expect(value(await desk.dispatch('reader:keyboard-read', { raw: '3661413478' }))).toMatchObject({ accepted: true });
    expect(value(await desk.dispatch('reader:keyboard-read', { raw: '12345' }))).toMatchObject({ accepted: false, cardNumber: null });
    // Wedge reads answer with the card in their reply: no 'reader:card' event makes the round trip.
    expect(cards).toEqual([]);
    expect((await status()).lastRead).toMatchObject({ raw: '12345', cardNumber: null });

    // The profile outlives a restart of the desk.
    await desk.close();
    desk = await open();
    expect((await status()).profile).toEqual(profile);
  });

  it('says so when the tapped card is not on that lock, and refuses a lock that is not a door', async () => {
    expect((await calibrateOn('Room 102', '3661413478')).matches).toEqual([]);
    const r = await desk.dispatch('reader:calibrate', { lockId: 999_999, raw: '3661413478' });
    expect(r).toMatchObject({ ok: false, code: 'not-found' });
    const bad = await desk.dispatch('reader:save-profile', {
      name: 'x',
      source: 'hid',
      device: null,
      card: { format: 'hex', byteOrder: 'as-read', leadingZeros: 'keep', endpoint: 'plain' },
      calibration: null,
    });
    expect(bad).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('a HID reader: its taps reach the renderer as reader:card, through unplug and replug', async () => {
    const rec = loadRecording('keyboard-keyup');
    const cards: { cardNumber: string; source?: string }[] = [];
    desk.on('reader:card', (c) => cards.push(c));
    value(
      await desk.dispatch('reader:save-profile', {
        name: 'USB reader',
        source: 'hid',
        device: { vendorId: rec.device.vendorId, productId: rec.device.productId, reportMode: 'keyboard' },
        card: { format: '8h10d', byteOrder: 'as-read', leadingZeros: 'keep', endpoint: 'plain' },
        calibration: null,
      }),
    );
    await vi.waitFor(async () => expect((await status()).activeSource).toBe('hid'));
    expect((await status()).hid.device).toMatchObject({ vendorId: rec.device.vendorId });
    await device.tap(rec);
    expect(cards).toEqual([
      { cardNumber: '3661413478', source: 'hid' },
      { cardNumber: '0012345678', source: 'hid' },
    ]);

    device.unplug();
    expect((await status()).activeSource).toBe('keyboard');
    expect((await status()).hid.state).toBe('searching');
    device.plug();
    await vi.waitFor(async () => expect((await status()).activeSource).toBe('hid'), { timeout: 5_000 });
    clock.advance(2_000);
    await device.tap(rec);
    expect(cards.map((c) => c.cardNumber)).toEqual(['3661413478', '0012345678', '3661413478', '0012345678']);
  });
});
