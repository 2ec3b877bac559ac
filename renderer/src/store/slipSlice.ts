import type { StateCreator } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/messages/languages';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';

export type SlipPrinted = ResponseOf<'slip:print'>;

export interface SlipSlice {
  /** The property's slip language, where the slip's language select starts. */
  slipLanguage: Language | null;
  /** Asked again per booking, so a language the manager just changed in setup shows. */
  loadSlipOptions: () => Promise<void>;
  /** Prints (or saves, or returns for the browser's print view) the booking's slip; null: the property's language. */
  printSlip: (bookingId: number, language: Language | null) => Promise<IpcResult<SlipPrinted>>;
}

export const createSlipSlice: StateCreator<DeskStore, [], [], SlipSlice> = (set) => ({
  slipLanguage: null,
  async loadSlipOptions() {
    const r = await desk.invoke('slip:options', {});
    if (r.ok) set({ slipLanguage: r.value.language });
  },
  printSlip(bookingId, language) {
    return desk.invoke('slip:print', { bookingId, ...(language ? { language } : {}) });
  },
});
