import { msg } from '../../../shared/messages';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { DeskHandlers } from '../ipc/dispatch';
import { exportDiagnostics } from './diagnostics';

export interface DiagnosticsSetup {
  /** The data folder's exports/ (beside the database): where a manager finds it, never a synced Documents folder. */
  outDir: string;
  /** The shell's log files (Electron main: logs\); none in the preview. */
  logFiles: () => readonly string[];
  /** A few facts for support (version, mode), never a secret. */
  info: Record<string, string | number | boolean>;
}

/** The manager's "Export diagnostics" (a setup: channel, so manager-only in staff/policy.ts). Audited. */
export function diagnosticsHandlers(deps: {
  setup: DiagnosticsSetup;
  backup: (file: string) => Promise<unknown>;
  now: () => number;
  audit: AuditRepo;
  staff: () => string;
}): Pick<DeskHandlers, 'setup:export-diagnostics'> {
  return {
    'setup:export-diagnostics': async ({ guestNames }) => {
      const folder = await exportDiagnostics({
        outDir: deps.setup.outDir,
        logFiles: deps.setup.logFiles(),
        backupDatabase: deps.backup,
        info: deps.setup.info,
        nowMs: deps.now(),
        guestNames,
      });
      deps.audit.add({
        staff: deps.staff(),
        action: 'diagnostics-export',
        bookingId: null,
        detail: msg(guestNames ? 'audit.diagnosticsExportedNames' : 'audit.diagnosticsExported', { folder }),
        result: 'ok',
      });
      return { folder };
    },
  };
}
