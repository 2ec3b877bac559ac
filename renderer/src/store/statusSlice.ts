import type { StateCreator } from 'zustand';
import type { Property } from '../../../shared/domain/property';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';

export interface StatusSlice {
  property: Property | null;
  demo: boolean;
  /** A problem with the desk itself (service unreachable, not set up). */
  fatal: string | null;
  loadStatus: () => Promise<void>;
}

export const createStatusSlice: StateCreator<DeskStore, [], [], StatusSlice> = (set) => ({
  property: null,
  demo: false,
  fatal: null,
  async loadStatus() {
    const r = await desk.invoke('desk:status', {});
    if (r.ok) set({ property: r.value.property, demo: r.value.demo, fatal: null });
    else set({ fatal: r.message });
  },
});
