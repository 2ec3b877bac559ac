import type { StateCreator } from 'zustand';
import type { StaffStatus } from '../../../shared/domain/staff';
import type { IpcResult } from '../../../shared/ipc/result';
import { desk } from '../api/bridge';
import { call, type Call } from './call';
import type { DeskStore } from './index';

export interface StaffSlice {
  /** Who is signed in and whether the desk is locked, as the core last said; null until it answered once. */
  staff: StaffStatus | null;
  /** Asks the core again (at start, on the lock screen's poll, after anything that signs in or out). */
  loadStaff: () => Promise<void>;
  /** Tells the core the clerk is active (so the idle lock waits); re-reads the status if the desk locked meanwhile. */
  staffActivity: () => Promise<void>;
  unlockStaff: (staffId: number, pin: string) => Promise<IpcResult<StaffStatus>>;
  lockStaff: () => Promise<void>;
  /** Adds a member or resets a PIN; the first manager is signed in by the core, so the status is read again. */
  saveStaff: Call<'staff:save'>;
  removeStaff: Call<'staff:remove'>;
  /** A wrong current PIN counts like a wrong unlock (it may lock the desk): the status is read again either way. */
  changePin: Call<'staff:change-pin'>;
}

/**
 * Whether the person at the desk may use manager actions, for showing them (the core checks every
 * call anyway, staff/policy.ts). Before any staff member exists the desk runs open with manager
 * rights (first-run setup), as the core's session does.
 */
export const selectIsManager = (s: Pick<StaffSlice, 'staff'>): boolean => {
  const st = s.staff;
  if (!st) return false;
  return (!st.configured && !st.firstManager) || (!st.locked && st.current?.role === 'manager');
};

// Each answer about the status is numbered: one that comes back after a later one (a poll overtaken by a sign-in) is dropped.
let staffSeq = 0;

export const createStaffSlice: StateCreator<DeskStore, [], [], StaffSlice> = (set, get) => ({
  staff: null,
  async loadStaff() {
    const seq = ++staffSeq;
    const r = await desk.invoke('staff:status', {});
    if (r.ok && seq === staffSeq) set({ staff: r.value });
  },
  async staffActivity() {
    const r = await desk.invoke('staff:activity', {});
    if (r.ok && r.value.locked) await get().loadStaff();
  },
  async unlockStaff(staffId, pin) {
    const r = await desk.invoke('staff:unlock', { staffId, pin });
    if (r.ok) {
      ++staffSeq; // the sign-in's own answer is the newest
      set({ staff: r.value });
    }
    return r;
  },
  async lockStaff() {
    await desk.invoke('staff:lock', {});
    await get().loadStaff();
  },
  async saveStaff(request) {
    const r = await call('staff:save')(request);
    if (r.ok) await get().loadStaff();
    return r;
  },
  async removeStaff(request) {
    const r = await call('staff:remove')(request);
    if (r.ok) await get().loadStaff();
    return r;
  },
  async changePin(request) {
    const r = await call('staff:change-pin')(request);
    await get().loadStaff();
    return r;
  },
});
