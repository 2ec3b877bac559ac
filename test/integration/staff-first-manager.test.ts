import { afterEach, describe, expect, it } from 'vitest';
import { cloudAndDeskBare } from '../support/cloud-and-desk';
import { openDemoDesk } from './demo-desk';
import { inEnglish } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A desk on a real Sifely account (the simulator over HTTP) that nobody has set up yet. */
async function freshRealDesk() {
  const c = await cloudAndDeskBare();
  closers.push(c.close);
  return c.desk;
}

describe('a real-account desk with no staff', () => {
  it('refuses everything but creating the first manager: no door, no setup, no desk-role "first member"', async () => {
    const d = await freshRealDesk();
    expect(await d.dispatch('staff:status', {})).toMatchObject({
      ok: true,
      value: { configured: false, firstManager: true, locked: true },
    });
    expect(await d.dispatch('setup:state', {})).toMatchObject({ ok: false, code: 'forbidden' });
    for (const [channel, payload] of [
      ['lock:unlock', { doorId: 1 }],
      ['booking:today', {}],
      ['setup:save-settings', { idleLockMinutes: 30 }],
      ['access:issue-passcode', { bookingId: 1 }],
      ['staff:list', {}],
      ['staff:remove', { id: 1 }],
      ['audit:list', { bookingId: 1 }],
    ] as const) {
      const r = await d.dispatch(channel, payload);
      expect(r, channel).toMatchObject({ ok: false, code: 'forbidden' });
      expect(inEnglish(r), channel).toMatchObject({ message: expect.stringMatching(/first manager/) as string });
    }
    // The one open door: a first member who is not a manager is still refused.
    expect(await d.dispatch('staff:save', { name: 'Stranger', role: 'desk', pin: '1111' })).toMatchObject({ ok: false, code: 'conflict' });
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    expect(m).toMatchObject({ ok: true, value: { name: 'Marta', role: 'manager' } });
    // The new manager is signed in, and the desk works.
    expect(await d.dispatch('staff:status', {})).toMatchObject({
      ok: true,
      value: { configured: true, firstManager: false, locked: false, current: { name: 'Marta' } },
    });
    expect((await d.dispatch('booking:today', {})).ok).toBe(true);
  });

  it('once the first manager exists, a second "first manager" from the lock screen is refused', async () => {
    const d = await freshRealDesk();
    // Two at once: both read an empty desk before hashing; only one becomes the first manager.
    const [a, b] = await Promise.all([
      d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' }),
      d.dispatch('staff:save', { name: 'Stranger', role: 'manager', pin: '1111' }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect((await d.handlers['staff:status']({})).roster).toHaveLength(1);
    await d.dispatch('staff:lock', {});
    expect(await d.dispatch('staff:save', { name: 'Stranger 2', role: 'manager', pin: '1111' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('the last manager can be neither removed (even when alone) nor demoted', async () => {
    const d = await freshRealDesk();
    const m = await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' });
    const id = (m as { value: { id: number } }).value.id;
    expect(await d.dispatch('staff:remove', { id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await d.dispatch('staff:save', { id, name: 'Marta', role: 'desk' })).toMatchObject({ ok: false, code: 'conflict' });
    const dev = await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '1357' });
    expect(await d.dispatch('staff:remove', { id })).toMatchObject({ ok: false, code: 'conflict' });
    // With a second manager, the first may go.
    const devId = (dev as { value: { id: number } }).value.id;
    expect((await d.dispatch('staff:save', { id: devId, name: 'Dev', role: 'manager' })).ok).toBe(true);
    expect((await d.dispatch('staff:remove', { id })).ok).toBe(true);
  });
});

describe('a demo desk with no staff', () => {
  it('stays open for training, as before', async () => {
    const { desk, close } = await openDemoDesk();
    closers.push(close);
    expect(await desk.dispatch('staff:status', {})).toMatchObject({
      ok: true,
      value: { configured: false, firstManager: false, locked: false },
    });
    expect((await desk.dispatch('booking:today', {})).ok).toBe(true);
    expect((await desk.dispatch('setup:state', {})).ok).toBe(true);
  });
});
