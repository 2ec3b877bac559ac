import { create } from 'zustand';
import { createAccessSlice, type AccessSlice } from './accessSlice';
import { createBookingsSlice, type BookingsSlice } from './bookingsSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';

export type DeskStore = StatusSlice & BookingsSlice & AccessSlice;

/** One store built from slices (zustand's slices pattern). */
export const useDesk = create<DeskStore>()((...a) => ({
  ...createStatusSlice(...a),
  ...createBookingsSlice(...a),
  ...createAccessSlice(...a),
}));
