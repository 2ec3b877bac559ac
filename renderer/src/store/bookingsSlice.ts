import type { StateCreator } from 'zustand';
import type { Booking, BookingDetail } from '../../../shared/domain/booking';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';

export interface BookingsSlice {
  arrivals: Booking[];
  inHouse: Booking[];
  departures: Booking[];
  selectedId: number | null;
  detail: BookingDetail | null;
  loadToday: () => Promise<void>;
  select: (bookingId: number) => Promise<void>;
  /** Re-reads what changed in the core; the store is a cache, the core is the truth. */
  refresh: (bookingId: number | null) => Promise<void>;
}

export const createBookingsSlice: StateCreator<DeskStore, [], [], BookingsSlice> = (set, get) => ({
  arrivals: [],
  inHouse: [],
  departures: [],
  selectedId: null,
  detail: null,
  async loadToday() {
    const r = await desk.invoke('booking:today', {});
    if (r.ok) set({ ...r.value });
    else get().notify('error', r.message);
  },
  async select(bookingId) {
    get().cancelFlow();
    set({ selectedId: bookingId });
    const r = await desk.invoke('booking:get', { bookingId });
    if (get().selectedId !== bookingId) return; // the clerk moved on meanwhile
    if (r.ok) set({ detail: r.value });
    else get().notify('error', r.message);
  },
  async refresh(bookingId) {
    await get().loadToday();
    const selected = get().selectedId;
    if (selected !== null && (bookingId === null || bookingId === selected)) {
      const r = await desk.invoke('booking:get', { bookingId: selected });
      if (r.ok && get().selectedId === selected) set({ detail: r.value });
    }
  },
});
