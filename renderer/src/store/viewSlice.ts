import type { StateCreator } from 'zustand';
import type { BookingLog, DoorLogPage } from '../../../shared/domain/door-log';
import type { RoomGrid } from '../../../shared/domain/room-grid';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

/** The main screen's views, one key each (F1…): the guest lists and panel, and the room grid. */
export const VIEWS = ['guests', 'grid', 'doors'] as const;
export type DeskView = (typeof VIEWS)[number];

export interface ViewSlice {
  view: DeskView;
  grid: RoomGrid | null;
  /** The walk-in dialog, open with a room already chosen (from the grid) or the first free one. */
  walkIn: { roomId: number | null } | null;
  /** The door whose open log is shown in the Doors view, and the page read. */
  doorLog: DoorLogPage | null;
  doorLogLoading: boolean;
  loadDoorLog: (doorId: number, page: number) => Promise<void>;
  /** The selected booking's own log (asked for by the clerk: it costs cloud requests). */
  bookingLog: BookingLog | null;
  bookingLogLoading: boolean;
  loadBookingLog: (bookingId: number) => Promise<void>;
  /** Demo mode: the last demo card tapped, so it can be tapped again from any panel. */
  lastDemoCard: string | null;
  setLastDemoCard: (cardNumber: string) => void;
  setView: (view: DeskView) => void;
  loadGrid: () => Promise<void>;
  openWalkIn: (roomId: number | null) => void;
  closeWalkIn: () => void;
  /** From the grid: the stay's booking in the guest panel. */
  openStay: (bookingId: number) => void;
}

export const createViewSlice: StateCreator<DeskStore, [], [], ViewSlice> = (set, get) => ({
  view: 'guests',
  grid: null,
  walkIn: null,
  doorLog: null,
  doorLogLoading: false,
  bookingLog: null,
  bookingLogLoading: false,
  lastDemoCard: null,
  setLastDemoCard: (cardNumber) => set({ lastDemoCard: cardNumber }),
  async loadBookingLog(bookingId) {
    set({ bookingLogLoading: true });
    const r = await desk.invoke('booking:door-log', { bookingId });
    set({ bookingLogLoading: false });
    if (r.ok) set({ bookingLog: r.value });
    else get().say(failureNotice(r));
  },
  async loadDoorLog(doorId, page) {
    set({ doorLogLoading: true });
    const r = await desk.invoke('lock:records', { doorId, page });
    set({ doorLogLoading: false });
    if (r.ok) set({ doorLog: r.value });
    else get().say(failureNotice(r));
  },
  setView(view) {
    set({ view });
    if (view === 'grid') void get().loadGrid();
  },
  async loadGrid() {
    const r = await desk.invoke('booking:grid', {});
    if (r.ok) set({ grid: r.value });
    else get().say(failureNotice(r));
  },
  openWalkIn: (roomId) => set({ walkIn: { roomId } }),
  closeWalkIn: () => set({ walkIn: null }),
  openStay(bookingId) {
    set({ view: 'guests' });
    void get().select(bookingId);
  },
});
