import { afterEach, describe, expect, it } from 'vitest';
import { openDemoDesk, until } from './demo-desk';
import { worded } from '../support/in-english';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/**
 * The installed kiosk refuses Alt+F4 and window closes (electron/main/window-lifecycle.ts), so the
 * manager's "Quit the desk" in setup is the way out: checked in the core, answered before the
 * shell's orderly quit runs, and written to the audit log.
 */
describe('Quit the desk (manager-only)', () => {
  it('a manager quits: the answer comes first, then the shell quits once; the audit log says who', async () => {
    let quits = 0;
    const { desk: d, close } = await openDemoDesk({ quit: () => quits++ });
    closers.push(close);
    await d.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    expect((await d.handlers['setup:state']({})).canQuit).toBe(true);
    expect(await d.dispatch('setup:quit-desk', {})).toEqual({ ok: true, value: { quitting: true } });
    expect(quits).toBe(0); // not yet: the renderer gets its answer before the channel closes
    await until(() => quits === 1);
    const { entries } = await d.handlers['audit:list']({ action: 'quit-desk' });
    expect(entries).toHaveLength(1);
    expect(worded(entries[0])).toMatchObject({ staff: 'Marta', detail: 'the desk was quit from setup' });
  });

  it('a desk clerk is refused by the core and the desk keeps running', async () => {
    let quits = 0;
    const { desk: d, close } = await openDemoDesk({ quit: () => quits++ });
    closers.push(close);
    await d.handlers['staff:save']({ name: 'Marta', role: 'manager', pin: '2580' });
    const clerkId = (await d.handlers['staff:save']({ name: 'Dev', role: 'desk', pin: '1357' })).id;
    await d.dispatch('staff:lock', {});
    expect((await d.dispatch('staff:unlock', { staffId: clerkId, pin: '1357' })).ok).toBe(true);
    expect(await d.dispatch('setup:quit-desk', {})).toMatchObject({ ok: false, code: 'forbidden' });
    await new Promise((r) => setTimeout(r, 200));
    expect(quits).toBe(0);
  });

  it('the preview (no shell to quit) says so in the clerk’s language instead of pretending', async () => {
    const { desk: d, close } = await openDemoDesk();
    closers.push(close);
    expect((await d.handlers['setup:state']({})).canQuit).toBe(false);
    expect(await d.dispatch('setup:quit-desk', {})).toMatchObject({
      ok: false,
      code: 'unavailable',
      msg: { key: 'setup.quitUnavailable' },
    });
  });
});
