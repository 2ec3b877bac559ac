import type { StateCreator } from 'zustand';
import type { CalibrationOutcome, HidDevice, ReadOutcome, ReaderProfile, ReaderStatus } from '../../../shared/cards/reader-profile';
import type { IpcResult } from '../../../shared/ipc/result';
import { msg, type WireMessage } from '../../../shared/messages';
import { desk } from '../api/bridge';
import { words } from '../i18n/words';
import type { DeskStore } from './index';
import { failureNotice } from './notice';

export type Calibration =
  | { step: 'idle' }
  | { step: 'waiting'; lockId: number; since: number | null }
  | { step: 'checking'; lockId: number }
  | { step: 'done'; lockId: number; raw: string; outcome: CalibrationOutcome };

/**
 * The card reader: its status and profile (the Reader panel, and the keyboard wedge's rules), the
 * calibration, and every read from the screen's side (the wedge's bursts, demo taps, typed numbers).
 * Calibration waits for the next read from either source: main records every read (with its raw
 * text) and says 'reader:changed', which reloads the status.
 */
export interface ReaderSlice {
  readerStatus: ReaderStatus | null;
  readerDevices: HidDevice[];
  /** Why USB devices cannot be listed: the core's message, worded at render time. */
  readerDevicesProblem: WireMessage | null;
  readerError: string | null;
  calibration: Calibration;
  loadReader: () => Promise<void>;
  loadReaderDevices: () => Promise<void>;
  saveReaderProfile: (profile: ReaderProfile) => Promise<boolean>;
  startCalibration: (lockId: number) => void;
  stopCalibration: () => void;
  /**
   * A card the desk accepted, from any source. A tap made to calibrate the reader belongs to the
   * calibration, not to the desk behind the dialog (it would otherwise also ask "whose card is
   * this?" or issue to the selected guest).
   */
  cardTapped: (cardNumber: string) => void;
  /**
   * A burst the keyboard wedge swallowed, card-shaped or not: main applies the reader profile and
   * the one-tap-per-second rule for both sources alike, and says whether the card was accepted.
   */
  keyboardRead: (raw: string) => Promise<void>;
  /** Demo mode's stand-in for a card on the reader; `again` taps the last demo card. */
  demoTap: (again: boolean) => Promise<void>;
  /** A manager's typed card number; an accepted one goes where a tap would. The reply is for the form's message. */
  typedCard: (cardNumber: string) => Promise<IpcResult<ReadOutcome>>;
}

// A catalogue notice: its sentence, and the core's reason inside it, follow a language switch.
const tapAgain = (reason: WireMessage | null) => ({
  tone: 'info' as const,
  msg: msg('reader.tapAgain', { why: reason ?? msg('reader.notACardNumber') }),
});

export const createReaderSlice: StateCreator<DeskStore, [], [], ReaderSlice> = (set, get) => ({
  readerStatus: null,
  readerDevices: [],
  readerDevicesProblem: null,
  readerError: null,
  calibration: { step: 'idle' },
  async loadReader() {
    const r = await desk.invoke('reader:status', {});
    if (!r.ok) return set({ readerError: words(r.msg) });
    set({ readerStatus: r.value, readerError: null });
    const c = get().calibration;
    const last = r.value.lastRead;
    if (c.step === 'waiting' && last && last.atMs !== c.since) {
      set({ calibration: { step: 'checking', lockId: c.lockId } });
      const out = await desk.invoke('reader:calibrate', { lockId: c.lockId, raw: last.raw });
      if (!out.ok) return set({ readerError: words(out.msg), calibration: { step: 'idle' } });
      set({ calibration: { step: 'done', lockId: c.lockId, raw: last.raw, outcome: out.value } });
    }
  },
  async loadReaderDevices() {
    const r = await desk.invoke('reader:devices', {});
    if (r.ok) set({ readerDevices: r.value.devices, readerDevicesProblem: r.value.problem });
    else set({ readerDevices: [], readerDevicesProblem: r.msg });
  },
  async saveReaderProfile(profile) {
    const r = await desk.invoke('reader:save-profile', profile);
    if (!r.ok) {
      set({ readerError: words(r.msg) });
      return false;
    }
    set({ readerStatus: r.value, readerError: null, calibration: { step: 'idle' } });
    return true;
  },
  startCalibration(lockId) {
    set({ calibration: { step: 'waiting', lockId, since: get().readerStatus?.lastRead?.atMs ?? null }, readerError: null });
  },
  stopCalibration() {
    set({ calibration: { step: 'idle' } });
  },
  cardTapped(cardNumber) {
    const step = get().calibration.step;
    if (step === 'waiting' || step === 'checking') return;
    void get().cardRead(cardNumber);
  },
  async keyboardRead(raw) {
    const r = await desk.invoke('reader:keyboard-read', { raw: raw.slice(0, 64) });
    if (!r.ok) return get().say(failureNotice(r));
    if (r.value.accepted && r.value.cardNumber !== null) return get().cardTapped(r.value.cardNumber);
    if (!r.value.accepted && r.value.cardNumber === null) get().say(tapAgain(r.value.reason));
  },
  async demoTap(again) {
    const r = await desk.invoke('reader:demo-tap', { again });
    if (!r.ok) return get().say(failureNotice(r));
    if (r.value.cardNumber) get().setLastDemoCard(r.value.cardNumber);
    if (r.value.accepted && r.value.cardNumber !== null) return get().cardTapped(r.value.cardNumber);
    get().say(tapAgain(r.value.reason));
  },
  async typedCard(cardNumber) {
    const r = await desk.invoke('reader:typed-card', { cardNumber });
    if (r.ok && r.value.accepted && r.value.cardNumber !== null) get().cardTapped(r.value.cardNumber);
    return r;
  },
});
