import type { StateCreator } from 'zustand';
import type { RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/messages/languages';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';
import { words } from '../i18n/words';

export type AuditFilter = RequestOf<'audit:list'>;
export type AuditEntry = ResponseOf<'audit:list'>['entries'][number];
export type AuditChoices = ResponseOf<'audit:list'>['choices'];

export interface AuditSlice {
  auditEntries: AuditEntry[];
  /** The names and rooms the log holds, for the Who and Room filters. */
  auditChoices: AuditChoices;
  auditError: string | null;
  loadAudit: (filter: AuditFilter) => Promise<void>;
  /** A manager's CSV of the filtered log (in `language`); the log is read again after, since the export is audited too. */
  exportAudit: (filter: AuditFilter, language: Language) => Promise<IpcResult<ResponseOf<'audit:export'>>>;
}

export const createAuditSlice: StateCreator<DeskStore, [], [], AuditSlice> = (set, get) => ({
  auditEntries: [],
  auditChoices: { staff: [], rooms: [] },
  auditError: null,
  async loadAudit(filter) {
    const r = await desk.invoke('audit:list', filter);
    if (r.ok) set({ auditEntries: r.value.entries, auditChoices: r.value.choices, auditError: null });
    else set({ auditError: words(r.msg) });
  },
  async exportAudit(filter, language) {
    const { limit: _limit, ...exported } = filter;
    const r = await desk.invoke('audit:export', { ...exported, language });
    void get().loadAudit(filter);
    return r;
  },
});
