import { create } from 'zustand';
import { createAccessSlice, type AccessSlice } from './accessSlice';
import { createAttentionSlice, type AttentionSlice } from './attentionSlice';
import { createAuditSlice, type AuditSlice } from './auditSlice';
import { createBookingsSlice, type BookingsSlice } from './bookingsSlice';
import { createChangeSlice, type ChangeSlice } from './changeSlice';
import { createDeliverySlice, type DeliverySlice } from './deliverySlice';
import { createHealthSlice, type HealthSlice } from './healthSlice';
import { createIdentifySlice, type IdentifySlice } from './identifySlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createReaderSlice, type ReaderSlice } from './readerSlice';
import { createSetupSlice, type SetupSlice } from './setupSlice';
import { createSlipSlice, type SlipSlice } from './slipSlice';
import { createStaffSlice, type StaffSlice } from './staffSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type DeskStore = StatusSlice &
  BookingsSlice &
  AccessSlice &
  IdentifySlice &
  HealthSlice &
  ChangeSlice &
  AuditSlice &
  AttentionSlice &
  ViewSlice &
  StaffSlice &
  SetupSlice &
  ReaderSlice &
  DeliverySlice &
  ImportSlice &
  SlipSlice;

/** One store built from slices (zustand's slices pattern). */
export const useDesk = create<DeskStore>()((...a) => ({
  ...createStatusSlice(...a),
  ...createBookingsSlice(...a),
  ...createAccessSlice(...a),
  ...createIdentifySlice(...a),
  ...createHealthSlice(...a),
  ...createChangeSlice(...a),
  ...createAuditSlice(...a),
  ...createAttentionSlice(...a),
  ...createViewSlice(...a),
  ...createStaffSlice(...a),
  ...createSetupSlice(...a),
  ...createReaderSlice(...a),
  ...createDeliverySlice(...a),
  ...createImportSlice(...a),
  ...createSlipSlice(...a),
}));
