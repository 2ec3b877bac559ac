import type { StateCreator } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { RoomType } from '../../../shared/domain/room-type';
import type { SetupLock, SetupState } from '../../../shared/domain/setup';
import type { StaffMember } from '../../../shared/domain/staff';
import { desk } from '../api/bridge';
import { words } from '../i18n/words';
import { call, type Call } from './call';
import type { DeskStore } from './index';

export type Printer = ResponseOf<'setup:printers'>['printers'][number];

/** The manager's setup wizard: its data, read again from the core after each save (the core is the truth), and its saves. */
export interface SetupSlice {
  setup: SetupState | null;
  setupLocks: SetupLock[];
  staffMembers: StaffMember[];
  setupError: string | null;
  printers: Printer[];
  roomTypes: RoomType[];
  roomTypesError: string | null;
  loadSetup: () => Promise<void>;
  loadPrinters: () => Promise<void>;
  loadRoomTypes: () => Promise<void>;
  /** Saves or removes a room type; the reply is the whole list, kept here. */
  saveRoomType: Call<'setup:save-room-type'>;
  removeRoomType: Call<'setup:remove-room-type'>;
  sifelyLogin: Call<'setup:sifely-login'>;
  saveRoom: Call<'setup:save-room'>;
  saveRooms: Call<'setup:save-rooms'>;
  saveProperty: Call<'setup:save-property'>;
  saveSettings: Call<'setup:save-settings'>;
  exportDiagnostics: Call<'setup:export-diagnostics'>;
  quitDesk: Call<'setup:quit-desk'>;
}

export const createSetupSlice: StateCreator<DeskStore, [], [], SetupSlice> = (set, get) => ({
  setup: null,
  setupLocks: [],
  staffMembers: [],
  setupError: null,
  printers: [],
  roomTypes: [],
  roomTypesError: null,
  async loadSetup() {
    const s = await desk.invoke('setup:state', {});
    if (!s.ok) {
      // Never show a previous manager's view to someone the core refused.
      set({ setup: null, setupError: words(s.msg) });
      return;
    }
    set({ setup: s.value, setupError: null });
    const [l, m] = await Promise.all([desk.invoke('setup:locks', {}), desk.invoke('staff:list', {})]);
    if (l.ok) set({ setupLocks: l.value.locks });
    else set({ setupError: words(l.msg) });
    if (m.ok) set({ staffMembers: m.value.members });
    // A save (account, rooms, property) may have turned "not set up yet" into a working desk.
    void get().reloadDesk();
  },
  async loadPrinters() {
    const r = await desk.invoke('setup:printers', {});
    if (r.ok) set({ printers: r.value.printers });
  },
  async loadRoomTypes() {
    const r = await desk.invoke('setup:room-types', {});
    if (r.ok) set({ roomTypes: r.value.types, roomTypesError: null });
    else set({ roomTypesError: words(r.msg) });
  },
  async saveRoomType(request) {
    const r = await call('setup:save-room-type')(request);
    if (r.ok) set({ roomTypes: r.value.types });
    return r;
  },
  async removeRoomType(request) {
    const r = await call('setup:remove-room-type')(request);
    if (r.ok) set({ roomTypes: r.value.types });
    return r;
  },
  sifelyLogin: call('setup:sifely-login'),
  saveRoom: call('setup:save-room'),
  saveRooms: call('setup:save-rooms'),
  saveProperty: call('setup:save-property'),
  saveSettings: call('setup:save-settings'),
  exportDiagnostics: call('setup:export-diagnostics'),
  quitDesk: call('setup:quit-desk'),
});
