import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { words } from '../i18n/words';

export type StayChangeRequest = RequestOf<'access:apply-change'>;
type Steps = ResponseOf<'access:preview-change'>['steps'];

export interface ChangeSlice {
  /** The previewed change and its steps; applying sends exactly this request. */
  changePreview: { request: StayChangeRequest; steps: Steps } | null;
  changeError: string | null;
  previewChange: (request: StayChangeRequest) => Promise<void>;
  applyChange: () => Promise<boolean>;
  resetChange: () => void;
}

export const createChangeSlice: StateCreator<DeskStore, [], [], ChangeSlice> = (set, get) => ({
  changePreview: null,
  changeError: null,
  async previewChange(request) {
    set({ changePreview: null, changeError: null });
    const r = await desk.invoke('access:preview-change', request);
    if (r.ok) set({ changePreview: { request, steps: r.value.steps } });
    else set({ changeError: words(r.msg) });
  },
  async applyChange() {
    const p = get().changePreview;
    if (!p) return false;
    const done = await get().runAccess('change', null, () => desk.invoke('access:apply-change', p.request));
    const notice = get().notice;
    if (done) set({ changePreview: null, changeError: null });
    else set({ changeError: notice ? words(notice.msg) : null });
    return done;
  },
  resetChange() {
    set({ changePreview: null, changeError: null });
  },
});
