import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloudAndDeskBare } from '../support/cloud-and-desk';
import { storeOver } from '../support/renderer-store';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
  vi.unstubAllGlobals();
});

/** A real-account desk nobody has set up, and the renderer's store over it. */
async function fresh() {
  const c = await cloudAndDeskBare();
  closers.push(c.close);
  const over = await storeOver(c.desk);
  // Imported once the store's bridge is in place (the renderer's modules read window.desk when loaded).
  const { selectIsManager } = await import('../../renderer/src/store/staffSlice');
  return { ...over, selectIsManager };
}

describe('the renderer’s staff slice: one status for the whole screen', () => {
  it('is asked once for every reader; sign-in, lock, unlock and a PIN change keep it current', async () => {
    const { store, asked, selectIsManager } = await fresh();
    const s = store.getState();
    await s.loadStaff();
    // The lock screen, the top bar's buttons and every manager-only action read this one answer.
    expect(store.getState().staff).toMatchObject({ firstManager: true, locked: true });
    expect(selectIsManager(store.getState())).toBe(false);
    expect(asked('staff:status')).toBe(1);

    const created = await s.saveStaff({ name: 'Marta', role: 'manager', pin: '2580' });
    expect(created.ok).toBe(true);
    expect(store.getState().staff).toMatchObject({ configured: true, locked: false, current: { name: 'Marta', role: 'manager' } });
    expect(selectIsManager(store.getState())).toBe(true);

    await s.lockStaff();
    expect(store.getState().staff).toMatchObject({ locked: true, current: null });
    expect(selectIsManager(store.getState())).toBe(false);
    const id = store.getState().staff!.roster[0]!.id;

    const wrong = await s.unlockStaff(id, '0000');
    expect(wrong).toMatchObject({ ok: false, msg: { key: 'staff.wrongPin' } });
    expect(store.getState().staff).toMatchObject({ locked: true });

    const before = asked('staff:status');
    expect((await s.unlockStaff(id, '2580')).ok).toBe(true);
    // The unlock's reply is the status: nothing asked again.
    expect(store.getState().staff).toMatchObject({ locked: false, current: { name: 'Marta' } });
    expect(asked('staff:status')).toBe(before);

    // A wrong current PIN counts like a wrong unlock: the status is read again, whatever the answer.
    expect((await s.changePin({ currentPin: '1111', newPin: '3690' })).ok).toBe(false);
    expect(asked('staff:status')).toBe(before + 1);
  });

  it('drops a status answer overtaken by a sign-in (a poll asked while the desk was locked)', async () => {
    const { store, hold } = await fresh();
    const s = store.getState();
    await s.saveStaff({ name: 'Marta', role: 'manager', pin: '2580' });
    await s.lockStaff();
    const id = store.getState().staff!.roster[0]!.id;

    const release = hold('staff:status');
    const poll = s.loadStaff(); // reaches the desk while it is locked; its answer is late
    expect((await s.unlockStaff(id, '2580')).ok).toBe(true);
    release();
    await poll;
    expect(store.getState().staff).toMatchObject({ locked: false, current: { name: 'Marta' } });
  });

  it('adding and removing members reads the status again', async () => {
    const { store, asked } = await fresh();
    const s = store.getState();
    await s.saveStaff({ name: 'Marta', role: 'manager', pin: '2580' });
    const dev = await s.saveStaff({ name: 'Dev', role: 'desk', pin: '1357' });
    expect(
      store
        .getState()
        .staff!.roster.map((m) => m.name)
        .sort(),
    ).toEqual(['Dev', 'Marta']);
    const n = asked('staff:status');
    if (!dev.ok) throw new Error('Dev was not added');
    expect((await s.removeStaff({ id: dev.value.id })).ok).toBe(true);
    expect(asked('staff:status')).toBe(n + 1);
    expect(store.getState().staff!.roster.map((m) => m.name)).toEqual(['Marta']);
  });
});
