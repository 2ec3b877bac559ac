import { afterEach, describe, expect, it } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import { formatMessage, english } from '../../shared/messages';
import { openDemoDesk } from './demo-desk';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A demo desk (real SQLite file, simulator over HTTP) with a manager and a desk clerk; the manager is signed in. */
async function deskWithStaff(): Promise<{ d: Desk; managerId: number; clerkId: number }> {
  const opened = await openDemoDesk();
  closers.push(opened.close);
  const d = opened.desk;
  const managerId = (await d.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' })).id;
  const clerkId = (await d.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' })).id;
  return { d, managerId, clerkId };
}

/** The first room door of the demo property and its simulated lock. */
async function firstDoor(d: Desk) {
  const report = await d.handlers['lock:health']({ refresh: false });
  const door = report.rooms[0]!.doors[0]!;
  const lock = d.simulator!.state.locks.get(door.lockId)!;
  return { door, lock };
}

const unlockRecords = (d: Desk, lockId: number) => d.simulator!.state.records.filter((r) => r.lockId === lockId && r.recordType === 12);

describe('remote unlock (lock:unlock, §10.16)', () => {
  it('a manager opens a door: the simulated lock is open, the cloud has the unlock record, the audit names the manager', async () => {
    const { d } = await deskWithStaff();
    const { door, lock } = await firstDoor(d);
    expect(lock.openState).not.toBe(1);
    expect(unlockRecords(d, door.lockId)).toHaveLength(0);

    const r = await d.dispatch('lock:unlock', { doorId: door.doorId });
    expect(r).toMatchObject({ ok: true, value: { doorId: door.doorId, doorName: door.name } });
    expect(lock.openState).toBe(1);
    expect(unlockRecords(d, door.lockId)).toHaveLength(1);

    const { entries } = await d.handlers['audit:list']({ action: 'remote-unlock' });
    expect(entries).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({ staff: 'Marta', action: 'remote-unlock', result: 'ok' });
    expect(english(entry.detail!)).toBe(`${door.name} opened remotely`);
    expect(formatMessage(entry.detail!, 'es')).toBe(`${door.name} abierta a distancia`);
  });

  it('a desk clerk is refused by the core and the lock stays shut', async () => {
    const { d, clerkId } = await deskWithStaff();
    const { door, lock } = await firstDoor(d);
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: clerkId, pin: '1357' })).ok).toBe(true);

    const r = await d.dispatch('lock:unlock', { doorId: door.doorId });
    expect(r).toMatchObject({ ok: false, code: 'forbidden' });
    expect(lock.openState).not.toBe(1);
    expect(unlockRecords(d, door.lockId)).toHaveLength(0);
  });

  it('a locked desk is refused too', async () => {
    const { d } = await deskWithStaff();
    const { door, lock } = await firstDoor(d);
    await d.dispatch('staff:lock', {});
    expect(await d.dispatch('lock:unlock', { doorId: door.doorId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(lock.openState).not.toBe(1);
  });

  it('a lock with remote unlock switched off: a worded Sifely error in both languages, audited as failed', async () => {
    const { d } = await deskWithStaff();
    const { door, lock } = await firstDoor(d);
    lock.remoteEnable = false;

    const r = await d.dispatch('lock:unlock', { doorId: door.doorId });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.code).toBe('sifely');
    expect(english(r.msg)).toBe('This lock does not support that function, or it is switched off in the Sifely app.');
    expect(formatMessage(r.msg, 'es')).toBe('Esta cerradura no admite esa función, o la función está desactivada en la app de Sifely.');
    expect(lock.openState).not.toBe(1);
    expect(unlockRecords(d, door.lockId)).toHaveLength(0);

    const { entries } = await d.handlers['audit:list']({ action: 'remote-unlock' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ staff: 'Marta', result: 'failed' });
    expect(english(entries[0]!.detail!)).toBe(
      `${door.name} did not open: This lock does not support that function, or it is switched off in the Sifely app.`,
    );
    expect(formatMessage(entries[0]!.detail!, 'es')).toBe(
      `${door.name} no se ha abierto: Esta cerradura no admite esa función, o la función está desactivada en la app de Sifely.`,
    );
  });

  it('an offline gateway: its worded error, and the lock stays shut', async () => {
    const { d } = await deskWithStaff();
    const { door, lock } = await firstDoor(d);
    lock.gatewayOnline = false;

    const r = await d.dispatch('lock:unlock', { doorId: door.doorId });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.code).toBe('sifely');
    expect(english(r.msg)).toBe('The gateway of this lock is offline. Check its power and network, or use an offline code.');
    expect(formatMessage(r.msg, 'es')).toMatch(/^La pasarela de esta cerradura está desconectada/);
    expect(lock.openState).not.toBe(1);
  });

  it('an unknown door is not-found, worded; a bad request never reaches the cloud', async () => {
    const { d } = await deskWithStaff();
    const r = await d.dispatch('lock:unlock', { doorId: 999_999 });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.code).toBe('not-found');
    expect(formatMessage(r.msg, 'es')).toBe('Esa puerta ya no existe. Vuelva a mirar la lista de cerraduras.');
    expect(await d.dispatch('lock:unlock', { doorId: -1 })).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await d.dispatch('lock:unlock', { doorId: 1, lockId: 5 })).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(d.simulator!.state.records.filter((x) => x.recordType === 12)).toHaveLength(0);
  });
});
