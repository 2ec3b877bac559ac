import type { StateCreator } from 'zustand';
import type { AttentionItem } from '../../../shared/domain/attention';
import { desk } from '../api/bridge';
import { msg } from '../../../shared/messages';
import type { StayDialog } from '../features/booking/BookingActions';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export interface AttentionSlice {
  /** The core's Needs-attention list: import clashes and changes held back from feeds and files. */
  attention: AttentionItem[];
  /** A stay dialog the booking panel opens once that booking shows (a clash resolved from the list). */
  stayRequest: { bookingId: number; mode: StayDialog } | null;
  loadAttention: () => Promise<void>;
  /** Another room or a shorter stay (the panel's own dialog, with the core's checks), or cancel. */
  resolveClash: (bookingId: number, how: StayDialog | 'cancel') => Promise<void>;
  takeStayRequest: () => void;
  /** Confirms (through the clerk's own change or cancel) or rejects a change held back from outside. */
  resolveHeld: (item: Extract<AttentionItem, { kind: 'held' }>, confirm: boolean) => Promise<void>;
}

export const createAttentionSlice: StateCreator<DeskStore, [], [], AttentionSlice> = (set, get) => ({
  attention: [],
  stayRequest: null,
  async loadAttention() {
    const r = await desk.invoke('attention:list', {});
    if (r.ok) set({ attention: r.value.items });
  },
  async resolveClash(bookingId, how) {
    await get().select(bookingId);
    if (get().selectedId !== bookingId) return;
    if (how === 'cancel') get().askCancel();
    else set({ stayRequest: { bookingId, mode: how } });
  },
  takeStayRequest() {
    set({ stayRequest: null });
  },
  async resolveHeld(item, confirm) {
    await get().select(item.booking.id);
    if (!confirm) {
      const r = await desk.invoke('attention:resolve', { heldId: item.id, confirm: false });
      if (r.ok) get().say({ tone: 'success', msg: msg('attention.rejected', { guest: item.booking.guestName }) });
      else get().say(failureNotice(r));
      await get().loadAttention();
      return;
    }
    await get().runAccess(item.proposal.cancel ? 'cancel' : 'change', null, async () => {
      const r = await desk.invoke('attention:resolve', { heldId: item.id, confirm: true });
      if (!r.ok) return r;
      if (r.value.booking) return { ok: true as const, value: r.value.booking };
      const again = await desk.invoke('booking:get', { bookingId: item.booking.id });
      return again;
    });
    await get().loadAttention();
  },
});
