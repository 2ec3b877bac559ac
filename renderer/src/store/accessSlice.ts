import type { StateCreator } from 'zustand';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';

export type AccessFlow = 'idle' | 'awaiting-card' | 'issuing' | 'confirm-checkout' | 'checking-out';
export type NoticeTone = 'info' | 'success' | 'error';

export interface AccessSlice {
  flow: AccessFlow;
  notice: { tone: NoticeTone; text: string } | null;
  notify: (tone: NoticeTone, text: string) => void;
  startIssueCard: () => void;
  cancelFlow: () => void;
  /** A card number from the reader, wherever the focus was. */
  cardRead: (cardNumber: string) => Promise<void>;
  askCheckOut: () => void;
  confirmCheckOut: () => Promise<void>;
}

export const createAccessSlice: StateCreator<DeskStore, [], [], AccessSlice> = (set, get) => ({
  flow: 'idle',
  notice: null,
  notify(tone, text) {
    set({ notice: { tone, text } });
  },
  startIssueCard() {
    if (get().detail) set({ flow: 'awaiting-card', notice: null });
  },
  cancelFlow() {
    const { flow } = get();
    if (flow === 'awaiting-card' || flow === 'confirm-checkout') set({ flow: 'idle' });
    set({ notice: null });
  },
  async cardRead(cardNumber) {
    const { flow, detail } = get();
    if (flow !== 'awaiting-card' || !detail) {
      get().notify('info', `Card ${cardNumber} was read. Select a guest and press “Issue card” to give it to them.`);
      return;
    }
    set({ flow: 'issuing', notice: { tone: 'info', text: 'Programming the doors…' } });
    const r = await desk.invoke('access:issue-card', { bookingId: detail.id, cardNumber });
    set({ flow: 'idle' });
    if (!r.ok) return get().notify('error', r.message);
    set({ detail: r.value });
    const cards = r.value.credentials.filter((c) => c.kind === 'card' && c.secret === cardNumber);
    const failed = cards.filter((c) => c.state === 'failed');
    if (failed.length === 0) get().notify('success', `Card ready: it opens ${cards.map((c) => c.doorName).join(' and ')}.`);
    else get().notify('error', `The card does not open ${failed.map((c) => c.doorName).join(', ')} yet: ${failed[0]!.error ?? ''}`);
    void get().loadToday();
  },
  askCheckOut() {
    if (get().detail) set({ flow: 'confirm-checkout', notice: null });
  },
  async confirmCheckOut() {
    const { detail } = get();
    if (!detail || get().flow !== 'confirm-checkout') return;
    set({ flow: 'checking-out', notice: { tone: 'info', text: 'Removing access from every door…' } });
    const r = await desk.invoke('access:check-out', { bookingId: detail.id });
    set({ flow: 'idle' });
    if (!r.ok) return get().notify('error', r.message);
    set({ detail: r.value });
    const pending = r.value.credentials.filter((c) => c.state === 'revoking');
    if (pending.length === 0) get().notify('success', `${r.value.guestName} is checked out. Every card is removed from every door.`);
    else get().notify('error', `Checked out, but ${pending.map((c) => c.doorName).join(', ')} still has to remove the card: ${pending[0]!.error ?? 'revocation pending'}`);
    void get().loadToday();
  },
});
