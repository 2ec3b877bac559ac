import { afterEach, describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../electron/core/staff/pin';
import { accessLevelOf } from '../../electron/core/staff/policy';
import { openDemoDesk } from './demo-desk';
import { testClock, type TestClock } from '../support/time';
import { inEnglish } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function desk(clock?: TestClock) {
  const d = await openDemoDesk(clock ? { clock } : {});
  closers.push(d.close);
  return d.desk;
}

describe('staff PINs', () => {
  it('hashes with a per-staff salt: the same PIN twice gives different hashes, neither contains the PIN', async () => {
    const a = await hashPin('4826');
    const b = await hashPin('4826');
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.hash.equals(b.hash)).toBe(false);
    expect(a.hash.toString('latin1')).not.toContain('4826');
    expect(await verifyPin('4826', a)).toBe(true);
    expect(await verifyPin('4827', a)).toBe(false);
    expect(await verifyPin('4826', { ...a, kdf: 'md5' })).toBe(false);
  });

  it('a wrong PIN is refused, the right one unlocks, and no channel returns a hash, salt or PIN', async () => {
    const d = await desk();
    const manager = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    expect(manager).toMatchObject({ ok: true, value: { name: 'Marta', role: 'manager' } });
    const clerk = await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '135799' });
    expect(clerk.ok).toBe(true);
    const devId = (clerk as { value: { id: number } }).value.id;
    await d.dispatch('staff:lock', {});

    expect(await d.dispatch('staff:unlock', { staffId: devId, pin: '135790' })).toMatchObject({ ok: false, code: 'forbidden' });
    const unlocked = await d.dispatch('staff:unlock', { staffId: devId, pin: '135799' });
    expect(unlocked).toMatchObject({ ok: true, value: { locked: false, current: { name: 'Dev', role: 'desk' } } });

    const everything = JSON.stringify([unlocked, await d.dispatch('staff:status', {}), await d.dispatch('staff:list', {}), manager, clerk]);
    expect(everything).not.toMatch(/135799|2580|hash|salt|scrypt/i);
  });

  it('a desk-role clerk is refused manager actions by the core; a manager is not', async () => {
    const d = await desk();
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const c = await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '1357' });
    const ids = [m, c].map((r) => (r as { value: { id: number } }).value.id);
    await d.dispatch('staff:unlock', { staffId: ids[1]!, pin: '1357' });
    for (const [channel, payload] of [
      ['setup:save-settings', { idleLockMinutes: 30 }],
      ['staff:save', { name: 'Eve', role: 'manager', pin: '9999' }],
      ['setup:state', {}],
    ] as const) {
      expect(await d.dispatch(channel, payload)).toMatchObject({ ok: false, code: 'forbidden' });
    }
    // Desk work is allowed for the clerk.
    expect((await d.dispatch('booking:today', {})).ok).toBe(true);
    await d.dispatch('staff:unlock', { staffId: ids[0]!, pin: '2580' });
    expect(await d.dispatch('setup:save-settings', { idleLockMinutes: 30 })).toMatchObject({ ok: true, value: { idleLockMinutes: 30 } });
  });

  it('locks after the idle minutes, and refuses desk work until a PIN is entered', async () => {
    const clock = testClock('2026-03-10T09:00:00Z', { frozen: true });
    const d = await desk(clock);
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const id = (m as { value: { id: number } }).value.id;
    expect((await d.dispatch('booking:today', {})).ok).toBe(true); // the first manager is signed in
    clock.advance(5 * 60_000 + 1); // default idle lock: 5 minutes
    expect(await d.dispatch('booking:today', {})).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await d.dispatch('staff:status', {})).toMatchObject({ ok: true, value: { locked: true, current: null } });
    await d.dispatch('staff:unlock', { staffId: id, pin: '2580' });
    expect((await d.dispatch('booking:today', {})).ok).toBe(true);
  });

  it('pauses unlocking after five wrong PINs', async () => {
    const d = await desk();
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const id = (m as { value: { id: number } }).value.id;
    await d.dispatch('staff:lock', {});
    for (let i = 0; i < 5; i++) await d.dispatch('staff:unlock', { staffId: id, pin: '0000' });
    const r = await d.dispatch('staff:unlock', { staffId: id, pin: '2580' });
    expect(r).toMatchObject({ ok: false, code: 'forbidden' });
    expect(inEnglish(r)).toMatchObject({ message: expect.stringMatching(/Too many wrong PINs/) as string });
  });

  it('the first member must be a manager, and the last manager cannot be demoted', async () => {
    const d = await desk();
    expect(await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '1357' })).toMatchObject({ ok: false, code: 'conflict' });
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const id = (m as { value: { id: number } }).value.id;
    await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '1357' });
    expect(await d.dispatch('staff:save', { id, name: 'Marta', role: 'desk' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await d.dispatch('staff:save', { name: 'dev', role: 'desk', pin: '1111' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('records the signed-in staff member in the audit log for access actions', async () => {
    const d = await desk();
    await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const today = await d.dispatch('booking:today', {});
    const booking = (today as { value: { arrivals: { id: number }[] } }).value.arrivals[0]!;
    expect((await d.dispatch('access:issue-passcode', { bookingId: booking.id })).ok).toBe(true);
    const audit = await d.dispatch('audit:list', { bookingId: booking.id });
    expect((audit as { value: { entries: { staff: string; action: string }[] } }).value.entries).toEqual(
      expect.arrayContaining([expect.objectContaining({ staff: 'Marta', action: 'issue-passcode' })]),
    );
  });

  it('puts setup, staff and reader calibration behind the manager role and leaves the lock screen open', () => {
    expect(accessLevelOf('setup:save-room')).toBe('manager');
    expect(accessLevelOf('staff:save')).toBe('manager');
    expect(accessLevelOf('reader:calibrate')).toBe('manager');
    expect(accessLevelOf('staff:unlock')).toBe('open');
    expect(accessLevelOf('access:issue-card')).toBe('staff');
  });
});
