import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { msg } from '../../../shared/messages';
import { addDays, parseWall, wallTimeAt, zonedWallTimeToMs } from '../../../shared/time/zoned';
import type { AuditFilter as WireFilter } from '../../../shared/ipc/contract';
import type { AuditFilter, AuditRepo } from '../db/repos/audit.repo';
import type { DeskHandlers } from '../ipc/dispatch';
import { auditCsv } from './audit-csv';

/** The most rows one export writes: years of a small hotel's log, still a file Excel opens. */
const EXPORT_MAX = 100_000;

export interface AuditHandlerDeps {
  audit: AuditRepo;
  timeZone: () => string;
  now: () => number;
  staff: () => string;
  /** The data folder's exports/ (beside the database), where the diagnostics export goes too. */
  outDir: string;
}

/** The clerk's filter in the core's terms: whole days of the property's calendar, "to" included. */
function repoFilter(f: WireFilter, timeZone: string): AuditFilter {
  const dayStart = (date: string): number => zonedWallTimeToMs(parseWall(date, '00:00'), timeZone);
  return {
    ...(f.bookingId !== undefined ? { bookingId: f.bookingId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.staff ? { staff: f.staff } : {}),
    ...(f.room ? { room: f.room } : {}),
    ...(f.fromDate ? { fromMs: dayStart(f.fromDate) } : {}),
    ...(f.toDate ? { toMs: dayStart(addDays(f.toDate, 1)) } : {}),
  };
}

/** Writes `base`.csv, or `base`-2.csv… when an export in the same second already took the name: never overwrites. */
function writeNew(dir: string, base: string, text: string): string {
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? `${base}.csv` : `${base}-${n}.csv`);
    try {
      writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
      return file;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** The audit log: the list any staff member reads, and the manager's CSV export (itself audited). */
export function auditHandlers(deps: AuditHandlerDeps): Pick<DeskHandlers, 'audit:list' | 'audit:export'> {
  return {
    'audit:list': ({ limit, ...filter }) => ({
      entries: deps.audit.list({ ...repoFilter(filter, deps.timeZone()), ...(limit ? { limit } : {}) }),
      choices: deps.audit.choices(),
    }),
    'audit:export': ({ language, ...filter }) => {
      const timeZone = deps.timeZone();
      const entries = deps.audit.list({ ...repoFilter(filter, timeZone), limit: EXPORT_MAX });
      const nowMs = deps.now();
      mkdirSync(deps.outDir, { recursive: true });
      const w = wallTimeAt(nowMs, timeZone);
      const pad = (n: number): string => String(n).padStart(2, '0');
      const stamp = `${w.year}-${pad(w.month)}-${pad(w.day)}-${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
      const file = writeNew(deps.outDir, `audit-${stamp}`, auditCsv(entries, language, timeZone));
      deps.audit.add({
        staff: deps.staff(),
        action: 'audit-export',
        bookingId: null,
        detail: msg('audit.auditExported', { count: entries.length, file }),
        result: 'ok',
      });
      return { file, count: entries.length };
    },
  };
}
