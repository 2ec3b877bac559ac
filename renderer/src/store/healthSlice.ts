import type { StateCreator } from 'zustand';
import type { LockHealthReport } from '../../../shared/domain/lock-health';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export interface HealthSlice {
  health: LockHealthReport | null;
  checkingLocks: boolean;
  /** `refresh` asks the cloud now (the core caps how often); otherwise the core's cache answers. */
  loadHealth: (refresh: boolean) => Promise<void>;
}

export const createHealthSlice: StateCreator<DeskStore, [], [], HealthSlice> = (set, get) => ({
  health: null,
  checkingLocks: false,
  async loadHealth(refresh) {
    if (refresh) set({ checkingLocks: true });
    const r = await desk.invoke('lock:health', { refresh });
    if (refresh) set({ checkingLocks: false });
    if (r.ok) set({ health: r.value });
    else if (refresh) get().say(failureNotice(r));
  },
});
