import { create } from 'zustand';
import type { CalibrationOutcome, HidDevice, ReaderProfile, ReaderStatus } from '../../../../shared/cards/reader-profile';
import type { WireMessage } from '../../../../shared/messages';
import { desk } from '../../api/bridge';
import { CALIBRATION_BURST } from './burstOptions';
import { overrideBurstOptions } from './keyboardReader';
import { words } from '../../i18n/words';

export type Calibration =
  | { step: 'idle' }
  | { step: 'waiting'; lockId: number; since: number | null }
  | { step: 'checking'; lockId: number }
  | { step: 'done'; lockId: number; raw: string; outcome: CalibrationOutcome };

interface ReaderState {
  status: ReaderStatus | null;
  devices: HidDevice[];
  /** Why USB devices cannot be listed: English text, and the core's message worded at render time. */
  devicesProblem: WireMessage | null;
  error: string | null;
  calibration: Calibration;
  load: () => Promise<void>;
  loadDevices: () => Promise<void>;
  save: (profile: ReaderProfile) => Promise<boolean>;
  startCalibration: (lockId: number) => void;
  stopCalibration: () => void;
}

/**
 * The Reader panel's own small store: it is a settings surface, independent of the desk's main
 * store, so the panel stays self-contained. Calibration waits for the next read from either
 * source: main records every read (with its raw text) and says 'reader:changed'.
 */
export const useReader = create<ReaderState>()((set, get) => ({
  status: null,
  devices: [],
  devicesProblem: null,
  error: null,
  calibration: { step: 'idle' },
  async load() {
    const r = await desk.invoke('reader:status', {});
    if (!r.ok) return set({ error: words(r.msg) });
    set({ status: r.value, error: null });
    const c = get().calibration;
    const last = r.value.lastRead;
    if (c.step === 'waiting' && last && last.atMs !== c.since) {
      set({ calibration: { step: 'checking', lockId: c.lockId } });
      overrideBurstOptions(null);
      const out = await desk.invoke('reader:calibrate', { lockId: c.lockId, raw: last.raw });
      if (!out.ok) return set({ error: words(out.msg), calibration: { step: 'idle' } });
      set({ calibration: { step: 'done', lockId: c.lockId, raw: last.raw, outcome: out.value } });
    }
  },
  async loadDevices() {
    const r = await desk.invoke('reader:devices', {});
    if (r.ok) set({ devices: r.value.devices, devicesProblem: r.value.problem });
    else set({ devices: [], devicesProblem: r.msg });
  },
  async save(profile) {
    const r = await desk.invoke('reader:save-profile', profile);
    if (!r.ok) {
      set({ error: words(r.msg) });
      return false;
    }
    set({ status: r.value, error: null, calibration: { step: 'idle' } });
    return true;
  },
  startCalibration(lockId) {
    set({ calibration: { step: 'waiting', lockId, since: get().status?.lastRead?.atMs ?? null }, error: null });
    overrideBurstOptions(CALIBRATION_BURST);
  },
  stopCalibration() {
    overrideBurstOptions(null);
    set({ calibration: { step: 'idle' } });
  },
}));

let wired = false;
/** Subscribes the panel's store to the core's reader pushes, once. */
export function wireReaderStore(): void {
  if (wired) return;
  wired = true;
  desk.on('reader:changed', () => void useReader.getState().load());
}
