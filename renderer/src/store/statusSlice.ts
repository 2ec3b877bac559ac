import type { StateCreator } from 'zustand';
import type { ClockStatus } from '../../../shared/domain/clock';
import type { Property } from '../../../shared/domain/property';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { words } from '../i18n/words';

export interface StatusSlice {
  property: Property | null;
  demo: boolean;
  /** A problem with the desk itself (service unreachable, not set up). */
  fatal: string | null;
  /** Set while the cloud shows this PC's clock more than two minutes off (ms ahead; negative: behind). */
  pcAheadMs: number | null;
  /**
   * The desk's time minus this PC's: the screen's clock follows the desk (cloud time when the PC's
   * clock is wrong), not the PC it runs on.
   */
  deskOffsetMs: number;
  loadStatus: () => Promise<void>;
  /** Everything the main screen shows, read again: after Setup saved something (a new desk becomes usable without a reload, which the kiosk disables). */
  reloadDesk: () => Promise<void>;
  setClock: (clock: ClockStatus) => void;
}

export const createStatusSlice: StateCreator<DeskStore, [], [], StatusSlice> = (set, get) => ({
  property: null,
  demo: false,
  fatal: null,
  pcAheadMs: null,
  deskOffsetMs: 0,
  async loadStatus() {
    const asked = Date.now();
    const r = await desk.invoke('desk:status', {});
    if (r.ok)
      set({
        property: r.value.property,
        demo: r.value.demo,
        fatal: null,
        pcAheadMs: r.value.clock.pcAheadMs,
        deskOffsetMs: r.value.nowMs - (asked + Date.now()) / 2,
      });
    else set({ fatal: words(r.msg) });
  },
  async reloadDesk() {
    const wasDown = get().fatal !== null;
    await get().loadStatus();
    if (wasDown && get().fatal === null) get().say(null); // the lists' "not set up yet" from before is no longer true
    await Promise.all([get().loadToday(), get().loadHealth(false)]);
  },
  setClock(clock) {
    // A change of skew moves the desk's time against this PC's: read both again.
    set({ pcAheadMs: clock.pcAheadMs });
    void get().loadStatus();
  },
});
