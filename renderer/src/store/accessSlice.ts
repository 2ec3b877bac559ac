import type { StateCreator } from 'zustand';
import type { BookingDetail } from '../../../shared/domain/booking';
import type { WireMessage } from '../../../shared/messages';
import type { Credential } from '../../../shared/domain/credential';
import type { IpcResult } from '../../../shared/ipc/result';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { failureNotice, type Notice } from './notice';

export type AccessFlow = 'idle' | 'awaiting-card' | 'busy' | 'confirm-checkout' | 'confirm-cancel' | 'choose-lost';
export type OutcomeKind = 'card' | 'passcode' | 'checkout' | 'cancel' | 'lost' | 'returned' | 'change';

/**
 * What an action did, door by door: the credentials it created or changed. The lines are drawn
 * from the live detail, so a door that was still pending turns to done when the core says so.
 */
export interface Outcome {
  kind: OutcomeKind;
  bookingId: number;
  secret: string | null;
  credentialIds: number[];
  /** What the core said about the action (e.g. a card that starts at the arrival because the room is not free). */
  notice: WireMessage | null;
}

export interface AccessSlice {
  flow: AccessFlow;
  /** The action waiting on the gateways, for the progress line. */
  busy: OutcomeKind | null;
  outcome: Outcome | null;
  notice: Notice | null;
  say: (notice: Notice | null) => void;
  /** Stops waiting for a card or a confirmation (Escape; opening the Reader panel). */
  cancelFlow: () => void;
  startIssueCard: () => void;
  /** A card number from the reader, wherever the focus was. */
  cardRead: (cardNumber: string) => Promise<void>;
  issuePasscode: () => Promise<void>;
  askCheckOut: () => void;
  askCancel: () => void;
  askLost: () => void;
  confirmCheckOut: () => Promise<void>;
  confirmCancel: () => Promise<void>;
  reportLost: (cardNumber: string) => Promise<void>;
  cardReturned: (cardNumber: string) => Promise<void>;
  /** Runs a gateway-bound action and records its per-door outcome (used by the change dialog too). */
  runAccess: (kind: OutcomeKind, secret: string | null, call: () => Promise<IpcResult<BookingDetail>>) => Promise<boolean>;
}

const key = (c: Credential): string => `${c.state}|${c.startMs}|${c.endMs}|${c.secret}`;

/** The credentials an action touched: new ones, and those whose state, window or digits moved. */
export function touched(before: BookingDetail | null, after: BookingDetail): number[] {
  const prev = new Map((before?.id === after.id ? before.credentials : []).map((c) => [c.id, key(c)]));
  return after.credentials.filter((c) => prev.get(c.id) !== key(c)).map((c) => c.id);
}

export const createAccessSlice: StateCreator<DeskStore, [], [], AccessSlice> = (set, get) => ({
  flow: 'idle',
  busy: null,
  outcome: null,
  notice: null,
  say(notice) {
    set({ notice });
  },
  cancelFlow() {
    if (get().flow !== 'busy') set({ flow: 'idle' });
  },
  startIssueCard() {
    if (get().detail && get().flow !== 'busy') set({ flow: 'awaiting-card', notice: null, outcome: null, identified: null });
  },
  async cardRead(cardNumber) {
    const { flow, detail } = get();
    if (flow === 'busy') return;
    if (flow === 'awaiting-card' && detail) {
      await get().runAccess('card', cardNumber, () => desk.invoke('access:issue-card', { bookingId: detail.id, cardNumber }));
      return;
    }
    // Not waiting for a card: the tap asks "whose card is this?".
    await get().identify(cardNumber);
  },
  issuePasscode() {
    const { detail } = get();
    if (!detail) return Promise.resolve();
    return get()
      .runAccess('passcode', null, () => desk.invoke('access:issue-passcode', { bookingId: detail.id }))
      .then(() => undefined);
  },
  askCheckOut() {
    if (get().detail && get().flow !== 'busy') set({ flow: 'confirm-checkout', notice: null, outcome: null });
  },
  askCancel() {
    if (get().detail && get().flow !== 'busy') set({ flow: 'confirm-cancel', notice: null, outcome: null });
  },
  askLost() {
    if (get().detail && get().flow !== 'busy') set({ flow: 'choose-lost', notice: null, outcome: null });
  },
  async confirmCheckOut() {
    const { detail, flow } = get();
    if (!detail || flow !== 'confirm-checkout') return;
    await get().runAccess('checkout', null, () => desk.invoke('access:check-out', { bookingId: detail.id }));
  },
  async confirmCancel() {
    const { detail, flow } = get();
    if (!detail || flow !== 'confirm-cancel') return;
    await get().runAccess('cancel', null, () => desk.invoke('access:cancel', { bookingId: detail.id }));
  },
  async reportLost(cardNumber) {
    await get().runAccess('lost', cardNumber, () => desk.invoke('access:report-lost', { cardNumber }));
  },
  async cardReturned(cardNumber) {
    await get().runAccess('returned', cardNumber, () => desk.invoke('access:card-returned', { cardNumber }));
  },
  async runAccess(kind, secret, call) {
    if (get().flow === 'busy') return false;
    // The detail before the action, to tell what it touched (lost/returned may be another booking).
    const idBooking = get().identified?.booking;
    const before = idBooking && (kind === 'lost' || kind === 'returned') ? idBooking : get().detail;
    set({ flow: 'busy', busy: kind, notice: null, outcome: null });
    const r = await call();
    set({ flow: 'idle', busy: null });
    if (!r.ok) {
      get().say(failureNotice(r));
      return false;
    }
    get().show(r.value);
    set({ outcome: { kind, bookingId: r.value.id, secret, credentialIds: touched(before, r.value), notice: r.value.notice ?? null } });
    // Today's lists and lock health follow from the core's 'desk:changed' for this action (the
    // engine names bookings, health and this booking), so they are not asked for a second time here.
    return true;
  },
});
