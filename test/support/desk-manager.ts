import type { Desk } from '../../electron/core/desk';

/** The manager a test's real-account desk is run by (the PIN is a test fixture, not a secret). */
export const TEST_MANAGER = { name: 'Test Manager', pin: '482613' } as const;

/**
 * A real-account desk with no staff is closed until its first manager exists (staff/session.ts).
 * Tests that drive such a desk sign in the way a hotel would: create the first manager, or, on a
 * desk restarted on the same file, unlock with that manager's PIN. The idle lock is set to its
 * longest so a test that moves the clock by hours is not locked out midway.
 */
export async function signInManager(desk: Desk): Promise<void> {
  const status = await desk.handlers['staff:status']({});
  if (status.firstManager) {
    await desk.handlers['staff:save']({ name: TEST_MANAGER.name, role: 'manager', pin: TEST_MANAGER.pin });
  } else if (status.locked) {
    const me = status.roster.find((m) => m.name === TEST_MANAGER.name);
    if (!me) throw new Error('this desk was not set up by signInManager');
    await desk.handlers['staff:unlock']({ staffId: me.id, pin: TEST_MANAGER.pin });
  }
  await desk.handlers['setup:save-settings']({ idleLockMinutes: 240 });
}
