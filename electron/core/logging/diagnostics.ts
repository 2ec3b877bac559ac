import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scrubDatabaseCopy } from '../db/repos/scrub-copy.repo';
import { scrubText } from './scrub-export';

export interface DiagnosticsInput {
  /** Parent folder; a new `desk-diagnostics-<stamp>` folder is made inside it. */
  outDir: string;
  logFiles: readonly string[];
  /** A consistent copy of the live database (better-sqlite3's online backup, safe under WAL). */
  backupDatabase(file: string): Promise<unknown>;
  info: Record<string, string | number | boolean>;
  nowMs: number;
  /** Guest names stay in only when the manager ticks it; never contacts, codes, cards or PINs. */
  guestNames?: boolean;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * "Export diagnostics": the log files, a scrubbed backup of the database and a short info file,
 * in one folder the manager can zip and send to support. The Sifely sign-in lives in
 * secrets.json, which is deliberately not part of it; door codes, card numbers, PIN hashes, feed
 * URLs and (unless asked) guest names are taken out of the copy and the logs (scrub-export.ts).
 */
export async function exportDiagnostics(input: DiagnosticsInput): Promise<string> {
  const dir = join(input.outDir, `desk-diagnostics-${stamp(input.nowMs)}`);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const dbCopy = join(dir, 'desk.sqlite');
  await input.backupDatabase(dbCopy);
  const secrets = scrubDatabaseCopy(dbCopy, { guestNames: input.guestNames ?? false });
  for (const f of input.logFiles) writeFileSync(join(dir, 'logs', basename(f)), scrubText(readFileSync(f, 'utf8'), secrets));
  writeFileSync(join(dir, 'info.json'), `${JSON.stringify({ exportedAt: new Date(input.nowMs).toISOString(), ...input.info }, null, 2)}\n`);
  return dir;
}
