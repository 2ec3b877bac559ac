import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface DiagnosticsInput {
  /** Parent folder; a new `desk-diagnostics-<stamp>` folder is made inside it. */
  outDir: string;
  logFiles: readonly string[];
  /** A consistent copy of the live database (better-sqlite3's online backup, safe under WAL). */
  backupDatabase(file: string): Promise<unknown>;
  info: Record<string, string | number | boolean>;
  nowMs: number;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * "Export diagnostics": the log files, a backup of the database and a short info file, in one
 * folder the manager can zip and send to support. The Sifely sign-in lives in secrets.json, which
 * is deliberately not part of it.
 */
export async function exportDiagnostics(input: DiagnosticsInput): Promise<string> {
  const dir = join(input.outDir, `desk-diagnostics-${stamp(input.nowMs)}`);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  for (const f of input.logFiles) copyFileSync(f, join(dir, 'logs', basename(f)));
  await input.backupDatabase(join(dir, 'desk.sqlite'));
  writeFileSync(join(dir, 'info.json'), `${JSON.stringify({ exportedAt: new Date(input.nowMs).toISOString(), ...input.info }, null, 2)}\n`);
  return dir;
}
