import { describe, expect, it } from 'vitest';
import { handlersFor, type DeskHandlers } from '../../electron/core/ipc/dispatch';
import { accessLevelOf } from '../../electron/core/staff/policy';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { ACCESS_LEVELS, contract } from '../../shared/ipc/contract';

/** The contract table is the one place a channel is declared; these hold it to that. */
describe('the IPC contract', () => {
  it('names an access level for every channel, and the core checks exactly that level', () => {
    for (const channel of CHANNEL_NAMES) {
      expect(ACCESS_LEVELS, channel).toContain(contract[channel].access);
      expect(accessLevelOf(channel), channel).toBe(contract[channel].access);
    }
    // Setup is manager-only as a whole, the lock screen works on a locked desk.
    expect(CHANNEL_NAMES.filter((c) => c.startsWith('setup:')).every((c) => accessLevelOf(c) === 'manager')).toBe(true);
    expect(CHANNEL_NAMES.filter((c) => accessLevelOf(c) === 'open').sort()).toEqual([
      'desk:status',
      'staff:activity',
      'staff:lock',
      'staff:status',
      'staff:unlock',
    ]);
  });

  it('refuses, at compile time, a handler with no entry and a table with a channel left out', () => {
    const part = handlersFor({
      'staff:lock': () => ({ locked: true, member: null, awaitingFirstManager: false, pausedForMs: null }) as never,
      // @ts-expect-error -- 'staff:dance' is no channel of the contract
      'staff:dance': () => ({}),
    });
    expect(Object.keys(part)).toEqual(['staff:lock', 'staff:dance']);
    const lone = handlersFor({ 'staff:lock': () => ({}) as never });
    // @ts-expect-error -- every channel needs its handler
    const table: DeskHandlers = { ...lone };
    expect(table).toBeDefined();
  });
});
