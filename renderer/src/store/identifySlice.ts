import type { StateCreator } from 'zustand';
import type { BookingDetail } from '../../../shared/domain/booking';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export interface IdentifySlice {
  /** The last card tapped while the desk was not waiting for one: whose is it? */
  identified: { cardNumber: string; booking: BookingDetail | null } | null;
  identify: (cardNumber: string) => Promise<void>;
  /** Re-reads the shown card after a change touched its booking, if it is still shown by then. */
  refreshIdentified: () => Promise<void>;
  dismissIdentified: () => void;
}

export const createIdentifySlice: StateCreator<DeskStore, [], [], IdentifySlice> = (set, get) => ({
  identified: null,
  async identify(cardNumber) {
    const r = await desk.invoke('access:identify-card', { cardNumber });
    if (!r.ok) return get().say(failureNotice(r));
    set({ identified: { cardNumber, booking: r.value.booking }, outcome: null, notice: null });
  },
  async refreshIdentified() {
    const shown = get().identified;
    if (!shown) return;
    const r = await desk.invoke('access:identify-card', { cardNumber: shown.cardNumber });
    // An action on the card (lost, handed back) may have closed the panel while this was asked:
    // re-opening it would hide that action's outcome.
    if (r.ok && get().identified === shown) set({ identified: { cardNumber: shown.cardNumber, booking: r.value.booking } });
  },
  dismissIdentified() {
    set({ identified: null });
  },
});
