import { describe, expect, it } from 'vitest';
import { demoStores } from './store-demo';

const demo = demoStores();

describe('the renderer’s setup slice', () => {
  it('reads the wizard’s data from the core, and keeps the room types each save or removal answers with', async () => {
    const { store, asked } = await demo();
    const s = store.getState();
    await s.loadSetup();
    const { setup, setupLocks, setupError } = store.getState();
    expect(setupError).toBeNull();
    expect(setup?.rooms.length).toBeGreaterThan(0);
    expect(setupLocks.length).toBeGreaterThan(0);

    await s.loadRoomTypes();
    expect(store.getState()).toMatchObject({ roomTypes: [], roomTypesError: null });
    const room = setup!.rooms[0]!;
    const saved = await s.saveRoomType({ name: 'Double', roomIds: [room.id] });
    expect(saved.ok).toBe(true);
    expect(store.getState().roomTypes).toMatchObject([{ name: 'Double', roomIds: [room.id] }]);
    const removed = await s.removeRoomType({ id: store.getState().roomTypes[0]!.id });
    expect(removed.ok).toBe(true);
    expect(store.getState().roomTypes).toEqual([]);
    // The replies carry the list: it was read once.
    expect(asked('setup:room-types')).toBe(1);

    // A refused save is the core's answer, for the section to word; the list stays.
    expect(await s.saveRoomType({ name: 'Ghost', roomIds: [999_999] })).toMatchObject({ ok: false });
    expect(store.getState().roomTypes).toEqual([]);
  });

  it('shows a manager refused by the core no previous view: the core’s words instead', async () => {
    const { store } = await demo();
    const s = store.getState();
    await s.saveStaff({ name: 'Marta', role: 'manager', pin: '2580' });
    await s.saveStaff({ name: 'Dev', role: 'desk', pin: '1357' });
    await s.loadSetup();
    expect(store.getState().setup).not.toBeNull();
    expect(
      store
        .getState()
        .staffMembers.map((m) => m.name)
        .sort(),
    ).toEqual(['Dev', 'Marta']);

    await s.lockStaff();
    const dev = store.getState().staff!.roster.find((m) => m.name === 'Dev')!;
    expect((await s.unlockStaff(dev.id, '1357')).ok).toBe(true);
    await s.loadSetup();
    expect(store.getState().setup).toBeNull();
    expect(store.getState().setupError).toMatch(/manager/i);
  });
});
