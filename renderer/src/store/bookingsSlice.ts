import type { StateCreator } from 'zustand';
import type { Booking, BookingDetail } from '../../../shared/domain/booking';
import type { BookingInput, BookingSaveResult } from '../../../shared/domain/booking-input';
import type { EventPayload } from '../../../shared/ipc/events';
import { msg, type WireMessage } from '../../../shared/messages';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export interface BookingsSlice {
  arrivals: Booking[];
  inHouse: Booking[];
  departures: Booking[];
  query: string;
  /** Search results for `query`; null when the box is empty (today's lists show instead). */
  results: Booking[] | null;
  selectedId: number | null;
  detail: BookingDetail | null;
  loadToday: () => Promise<void>;
  search: (query: string) => Promise<void>;
  select: (bookingId: number) => Promise<void>;
  /** Shows a detail the core just returned (after an action), selecting its booking. */
  show: (detail: BookingDetail) => void;
  clearSelection: () => void;
  /** Re-reads what changed in the core; the store is a cache, the core is the truth. */
  /** Refetches only what the core said changed ('desk:changed'); 'everything' after an import the screen ran itself. */
  refresh: (change: EventPayload<'desk:changed'> | 'everything') => Promise<void>;
  createWalkIn: (input: BookingInput) => Promise<BookingSaveResult | null>;
  /** An arrival who never came (the core refuses before the arrival time, saying why); the refusal, or null. */
  markNoShow: (bookingId: number) => Promise<WireMessage | null>;
}

let searchSeq = 0;

export const createBookingsSlice: StateCreator<DeskStore, [], [], BookingsSlice> = (set, get) => ({
  arrivals: [],
  inHouse: [],
  departures: [],
  query: '',
  results: null,
  selectedId: null,
  detail: null,
  async loadToday() {
    // The Needs-attention list changes with the same things today's lists do (imports, feeds, actions).
    void get().loadAttention();
    const r = await desk.invoke('booking:today', {});
    if (r.ok) set({ ...r.value });
    else get().say(failureNotice(r));
  },
  async search(query) {
    const seq = ++searchSeq;
    set({ query });
    if (!query.trim()) return set({ results: null });
    const r = await desk.invoke('booking:search', { query, limit: 30 });
    if (seq !== searchSeq) return; // a later keystroke already asked again
    if (r.ok) set({ results: r.value.bookings });
    else get().say(failureNotice(r));
  },
  async select(bookingId) {
    get().cancelFlow();
    set({ selectedId: bookingId, identified: null, outcome: null, notice: null });
    const r = await desk.invoke('booking:get', { bookingId });
    if (get().selectedId !== bookingId) return; // the clerk moved on meanwhile
    if (r.ok) set({ detail: r.value });
    else get().say(failureNotice(r));
  },
  show(detail) {
    set({ selectedId: detail.id, detail, identified: null });
  },
  clearSelection() {
    get().cancelFlow();
    set({ selectedId: null, detail: null, outcome: null, notice: null });
  },
  async refresh(change) {
    const every = change === 'everything';
    const bookings = every || change.bookings;
    const health = every || change.health;
    const touched = (id: number): boolean => every || change.access.includes(id);
    if (health) void get().loadHealth(false);
    if (bookings) {
      if (get().query.trim()) void get().search(get().query);
      await get().loadToday();
    }
    if (get().view === 'grid' && (bookings || health)) void get().loadGrid();
    const selected = get().selectedId;
    if (selected !== null && touched(selected)) {
      const r = await desk.invoke('booking:get', { bookingId: selected });
      if (r.ok && get().selectedId === selected) set({ detail: r.value });
    }
    const id = get().identified;
    if (id?.booking && touched(id.booking.id)) void get().refreshIdentified();
  },
  async createWalkIn(input) {
    const r = await desk.invoke('booking:create', input);
    if (!r.ok) {
      get().say(failureNotice(r));
      return null;
    }
    if (r.value.kind === 'saved') {
      await get().loadToday();
      set({ view: 'guests' }); // a walk-in from the room grid goes on to its card at the panel
      await get().select(r.value.booking.id);
      get().say({ tone: 'success', msg: msg('walkIn.created', { guest: r.value.booking.guestName, room: r.value.booking.roomName }) });
    }
    return r.value;
  },
  async markNoShow(bookingId) {
    const r = await desk.invoke('access:no-show', { bookingId });
    if (!r.ok) return r.msg;
    get().show(r.value);
    // Today's lists follow from the core's 'desk:changed' for the action (the engine's settle names it).
    return null;
  },
});
