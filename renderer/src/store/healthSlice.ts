import type { StateCreator } from 'zustand';
import type { LockHealthReport } from '../../../shared/domain/lock-health';
import { desk } from '../api/bridge';
import { call, type Call } from './call';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export interface HealthSlice {
  health: LockHealthReport | null;
  checkingLocks: boolean;
  /** `refresh` asks the cloud now (the core caps how often); otherwise the core's cache answers. */
  loadHealth: (refresh: boolean) => Promise<void>;
  /** A manager's "Unlock now": opens the door through its gateway (the lock relocks itself). */
  unlockDoor: Call<'lock:unlock'>;
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
  unlockDoor: call('lock:unlock'),
});
