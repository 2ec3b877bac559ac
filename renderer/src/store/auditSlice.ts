import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { words } from '../i18n/words';

export type AuditFilter = RequestOf<'audit:list'>;
export type AuditEntry = ResponseOf<'audit:list'>['entries'][number];

export interface AuditSlice {
  auditEntries: AuditEntry[];
  auditError: string | null;
  loadAudit: (filter: AuditFilter) => Promise<void>;
}

export const createAuditSlice: StateCreator<DeskStore, [], [], AuditSlice> = (set) => ({
  auditEntries: [],
  auditError: null,
  async loadAudit(filter) {
    const r = await desk.invoke('audit:list', filter);
    if (r.ok) set({ auditEntries: r.value.entries, auditError: null });
    else set({ auditError: words(r.msg) });
  },
});
