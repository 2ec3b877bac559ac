import type { StateCreator } from 'zustand';
import type { BookingDetail } from '../../../shared/domain/booking';
import type { BookingDelivery, DeliverySetup } from '../../../shared/domain/delivery';
import type { RequestOf } from '../../../shared/ipc/contract';
import type { WireMessage } from '../../../shared/messages';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import type { Notice } from './notice';

export type GuestContact = Omit<RequestOf<'delivery:save-contact'>, 'bookingId'>;

export interface DeliverySlice {
  /** The guest messages of one booking; the panel shows them only while that booking is open. */
  delivery: { bookingId: number; state: BookingDelivery } | null;
  /** Read again whenever the booking's detail is (every desk:changed of it refreshes the detail). */
  loadDelivery: (bookingId: number) => Promise<void>;
  /** The booking's guest name (when the clerk changed it) and the guest's contact; the failure's message, or null. */
  saveGuestContact: (detail: BookingDetail, guestName: string, contact: GuestContact) => Promise<WireMessage | null>;
  resendDelivery: (bookingId: number) => Promise<WireMessage | null>;
  /** Setup → Guest messages, as the core keeps it (passwords only as "one is saved"). */
  deliverySetup: DeliverySetup | null;
  loadDeliverySetup: () => Promise<WireMessage | null>;
  saveDeliverySetup: (request: RequestOf<'setup:save-delivery'>) => Promise<WireMessage | null>;
  /** The SMTP server's answer to a test e-mail, as a notice for the step's status line. */
  testEmail: (to: string) => Promise<Notice>;
}

// Only the latest read or change of a booking's messages is shown: an earlier answer arriving
// late (another booking, or before a save) would show what is no longer so.
let deliverySeq = 0;

export const createDeliverySlice: StateCreator<DeskStore, [], [], DeliverySlice> = (set, get) => ({
  delivery: null,
  deliverySetup: null,
  async loadDelivery(bookingId) {
    const seq = ++deliverySeq;
    const r = await desk.invoke('delivery:state', { bookingId });
    if (seq === deliverySeq && r.ok) set({ delivery: { bookingId, state: r.value } });
  },
  // The name is the booking's, the rest the guest's contact; what a clerk sets here is kept when the
  // booking's feed or file is read again (the core remembers which fields the desk set).
  async saveGuestContact(detail, guestName, contact) {
    const renamed = guestName.trim() !== detail.guestName;
    if (renamed) {
      const n = await desk.invoke('booking:update', { bookingId: detail.id, guestName });
      if (!n.ok) return n.msg;
    }
    const seq = ++deliverySeq;
    const r = await desk.invoke('delivery:save-contact', { bookingId: detail.id, ...contact });
    if (!r.ok) return r.msg;
    if (seq === deliverySeq) set({ delivery: { bookingId: detail.id, state: r.value } });
    if (renamed) void get().refresh({ bookings: true, health: false, access: [detail.id] });
    return null;
  },
  async resendDelivery(bookingId) {
    const seq = ++deliverySeq;
    const r = await desk.invoke('delivery:resend', { bookingId });
    if (!r.ok) return r.msg;
    if (seq === deliverySeq) set({ delivery: { bookingId, state: r.value } });
    return null;
  },
  async loadDeliverySetup() {
    const r = await desk.invoke('setup:delivery', {});
    if (!r.ok) return r.msg;
    set({ deliverySetup: r.value });
    return null;
  },
  async saveDeliverySetup(request) {
    const r = await desk.invoke('setup:save-delivery', request);
    if (!r.ok) return r.msg;
    set({ deliverySetup: r.value });
    return null;
  },
  async testEmail(to) {
    const r = await desk.invoke('setup:test-email', { to });
    return r.ok ? { tone: 'success', msg: r.value.message } : { tone: 'error', msg: r.msg };
  },
});
