import { afterEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { openDemoDesk } from './demo-desk';
import { testClock, type TestClock } from '../support/time';
import { inEnglish, worded } from '../support/in-english';
import type { IpcResult } from '../../shared/ipc/result';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A desk with a manager (Marta, 2580) and a clerk (Dev, 1357), locked. */
async function staffedDesk(clock: TestClock): Promise<{ d: Desk; marta: number; dev: number }> {
  const { desk: d, close } = await openDemoDesk({ clock });
  closers.push(close);
  const id = (r: unknown): number => (r as { value: { id: number } }).value.id;
  const marta = id(await d.dispatch('staff:save', { name: 'Marta', role: 'manager', pin: '2580' }));
  const dev = id(await d.dispatch('staff:save', { name: 'Dev', role: 'desk', pin: '1357' }));
  await d.dispatch('staff:lock', {});
  return { d, marta, dev };
}

const message = (r: unknown): string => (inEnglish(r as IpcResult<unknown>) as { ok: boolean; message?: string }).message ?? 'ok';
/** The lockouts in the audit log, as the manager reads them (audit:list needs someone signed in). */
const lockouts = async (d: Desk, marta: number): Promise<string[]> => {
  await d.dispatch('staff:unlock', { staffId: marta, pin: '2580' });
  const { entries } = await d.handlers['audit:list']({ action: 'staff-lockout', limit: 200 });
  await d.dispatch('staff:lock', {});
  return entries.map((e) => JSON.stringify(worded(e)));
};

describe('PIN guessing', () => {
  it('checks PINs one at a time: of 12 guesses sent at once, 5 are tried and the other 7 meet the pause', async () => {
    const clock = testClock('2026-03-10T09:00:00Z', { frozen: true });
    const { d, dev } = await staffedDesk(clock);
    const guesses = Array.from({ length: 12 }, (_, i) => d.dispatch('staff:unlock', { staffId: dev, pin: String(1000 + i) }));
    const said = (await Promise.all(guesses)).map(message);
    expect(said.filter((m) => /not right/.test(m))).toHaveLength(5);
    expect(said.filter((m) => /Too many wrong PINs. Try again in 60 seconds/.test(m))).toHaveLength(7);
    // Paused means paused: the right PIN too.
    expect(message(await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' }))).toMatch(/Too many/);
    clock.advance(60_000);
    expect((await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' })).ok).toBe(true);
  });

  it('escalates: 5 wrong → 1 minute, 10 → 15 minutes, 20 → only a manager’s PIN; each lockout audited', async () => {
    const clock = testClock('2026-03-10T09:00:00Z', { frozen: true });
    const { d, marta, dev } = await staffedDesk(clock);
    const wrong = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i++) expect(message(await d.dispatch('staff:unlock', { staffId: dev, pin: '0000' }))).toMatch(/not right/);
    };
    await wrong(5);
    expect(message(await d.dispatch('staff:unlock', { staffId: dev, pin: '0000' }))).toMatch(/60 seconds/);
    clock.advance(60_000);
    await wrong(5);
    expect(message(await d.dispatch('staff:unlock', { staffId: marta, pin: '2580' }))).toMatch(/15 minutes/);
    clock.advance(14 * 60_000);
    expect(message(await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' }))).toMatch(/1 minutes|60 seconds/);
    clock.advance(60_000);
    await wrong(10);
    // Now time does not help, and a clerk's right PIN does not either.
    clock.advance(24 * 3_600_000);
    expect(message(await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' }))).toMatch(/Only a manager’s PIN/);
    expect(message(await d.dispatch('staff:unlock', { staffId: marta, pin: '9999' }))).toMatch(/not right/);
    expect((await d.dispatch('staff:unlock', { staffId: marta, pin: '2580' })).ok).toBe(true);
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' })).ok).toBe(true);
    await d.dispatch('staff:lock', {});
    const audited = await lockouts(d, marta);
    expect(audited).toHaveLength(3);
    expect(audited.join('\n')).toMatch(/5 wrong PINs in a row: unlocking paused for 1 minute/);
    expect(audited.join('\n')).toMatch(/10 wrong PINs in a row: unlocking paused for 15 minute/);
    expect(audited.join('\n')).toMatch(/20 wrong PINs in a row: only a manager’s PIN/);
  });

  it('a clerk changes their own PIN only by giving the current one; a manager resets anyone’s', async () => {
    const clock = testClock('2026-03-10T09:00:00Z', { frozen: true });
    const { d, marta, dev } = await staffedDesk(clock);
    await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' });
    expect(await d.dispatch('staff:change-pin', { currentPin: '1111', newPin: '246810' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await d.dispatch('staff:change-pin', { currentPin: '1357', newPin: '246810' })).toMatchObject({
      ok: true,
      value: { changed: true },
    });
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: dev, pin: '1357' })).ok).toBe(false);
    expect((await d.dispatch('staff:unlock', { staffId: dev, pin: '246810' })).ok).toBe(true);
    // A clerk cannot reset someone else's; a manager can.
    expect(await d.dispatch('staff:save', { id: dev, name: 'Dev', role: 'desk', pin: '9753' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    await d.dispatch('staff:unlock', { staffId: marta, pin: '2580' });
    expect((await d.dispatch('staff:save', { id: dev, name: 'Dev', role: 'desk', pin: '9753' })).ok).toBe(true);
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: dev, pin: '9753' })).ok).toBe(true);
    // Locked desks cannot change a PIN at all.
    await d.dispatch('staff:lock', {});
    expect(await d.dispatch('staff:change-pin', { currentPin: '9753', newPin: '1212' })).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
