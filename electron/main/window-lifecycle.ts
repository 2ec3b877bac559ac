/**
 * The desk window's life, apart from its security (window.ts): when it may close, and the one
 * reference main keeps to it. No 'electron' import: Vitest drives these with a small fake window.
 */

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Alt+F4, the taskbar's "Close window" and any other close are ignored unless a quit is under way
 * (electron/electron#13910: kiosk mode alone does not stop Alt+F4, and a closed last window
 * quits the desk through `window-all-closed`). Quitting is the manager's action or Windows ending
 * the session (shutdown.ts), both of which set `quitting` before the window closes.
 */
export function refuseCloseUnlessQuitting(win: ClosableWindow, quitting: () => boolean, onRefused: () => void = () => {}): void {
  win.on('close', (event) => {
    if (quitting()) return;
    event.preventDefault();
    onRefused();
  });
}

export interface SlotWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'closed', listener: () => void): unknown;
}

export interface WindowSlot<W extends SlotWindow> {
  /** The live window, or null (never yet opened, closed, or destroyed). */
  current(): W | null;
  set(win: W): W;
  /**
   * A second start of the desk (`second-instance`): bring the window back; if there is none (it
   * closed while the desk kept running), `reopen` makes a new one. Returns what it did.
   */
  reveal(reopen: () => W | null): 'focused' | 'reopened' | 'none';
}

export function createWindowSlot<W extends SlotWindow>(): WindowSlot<W> {
  let win: W | null = null;
  const slot: WindowSlot<W> = {
    current: () => (win && !win.isDestroyed() ? win : null),
    set(w) {
      win = w;
      // Forget it once closed: a destroyed BrowserWindow throws on every call.
      w.once('closed', () => {
        if (win === w) win = null;
      });
      return w;
    },
    reveal(reopen) {
      const w = slot.current();
      if (w) {
        if (w.isMinimized()) w.restore();
        w.show();
        w.focus();
        return 'focused';
      }
      const fresh = reopen();
      if (!fresh) return 'none';
      slot.set(fresh);
      return 'reopened';
    },
  };
  return slot;
}
