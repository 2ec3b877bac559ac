import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createWindowSlot, refuseCloseUnlessQuitting, type SlotWindow } from '../../electron/main/window-lifecycle';

/** A BrowserWindow as far as these paths use it; close() behaves like Electron's (cancellable `close`, then `closed`). */
class FakeWindow extends EventEmitter implements SlotWindow {
  destroyed = false;
  minimized = false;
  calls: string[] = [];
  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => this.minimized;
  restore = (): void => {
    this.assertAlive();
    this.minimized = false;
    this.calls.push('restore');
  };
  show = (): void => {
    this.assertAlive();
    this.calls.push('show');
  };
  focus = (): void => {
    this.assertAlive();
    this.calls.push('focus');
  };
  /** Alt+F4, the taskbar's Close, or BrowserWindow.close(): true if the window really closed. */
  close(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return false;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
  private assertAlive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
}

describe('the kiosk window does not close unless the desk is quitting', () => {
  it('Alt+F4 (a close of the window) is refused while the desk runs, and allowed once a quit is under way', () => {
    const w = new FakeWindow();
    let quitting = false;
    let refused = 0;
    refuseCloseUnlessQuitting(
      w,
      () => quitting,
      () => refused++,
    );
    expect(w.close()).toBe(false);
    expect(w.close()).toBe(false);
    expect(refused).toBe(2);
    expect(w.isDestroyed()).toBe(false);
    quitting = true;
    expect(w.close()).toBe(true);
    expect(refused).toBe(2);
  });
});

describe('the one window reference main keeps', () => {
  it('is forgotten when the window closes, so nothing calls a destroyed window', () => {
    const slot = createWindowSlot<FakeWindow>();
    const w = slot.set(new FakeWindow());
    expect(slot.current()).toBe(w);
    w.close();
    expect(slot.current()).toBeNull();
  });

  it('a second start brings a minimised window back to the front', () => {
    const slot = createWindowSlot<FakeWindow>();
    const w = slot.set(new FakeWindow());
    w.minimized = true;
    expect(slot.reveal(() => null)).toBe('focused');
    expect(w.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('a second start after the window closed opens a new one (or does nothing while quitting) instead of calling the destroyed one', () => {
    const slot = createWindowSlot<FakeWindow>();
    const old = slot.set(new FakeWindow());
    old.close();
    expect(slot.reveal(() => null)).toBe('none'); // e.g. quitting: no new window
    const fresh = new FakeWindow();
    expect(slot.reveal(() => fresh)).toBe('reopened');
    expect(slot.current()).toBe(fresh);
    // The old window's late 'closed' does not clear the new one.
    old.emit('closed');
    expect(slot.current()).toBe(fresh);
  });

  it('a window destroyed without a close event counts as gone', () => {
    const slot = createWindowSlot<FakeWindow>();
    const w = slot.set(new FakeWindow());
    w.destroyed = true;
    expect(slot.current()).toBeNull();
    expect(() => slot.reveal(() => null)).not.toThrow();
  });
});
