import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../log';

const log = createLogger('slips');

/**
 * Slips saved as PDF when no printer took them carry door codes: they live under the app's own
 * data folder (never Documents, which is often synced to a cloud drive), named for their booking
 * so checkout can delete them, and none is kept longer than a day.
 */
export const SLIP_MAX_AGE_MS = 24 * 3_600_000;

const NAME = /^slip-b(\d+)-[\w-]+\.pdf$/;

/** `slip-b<booking>-<stamp>.pdf`: the booking id lets checkout find its slips. */
export function slipFileName(bookingId: number, atMs: number): string {
  return `slip-b${bookingId}-${new Date(atMs).toISOString().replace(/[:.]/g, '-')}.pdf`;
}

function slips(dir: string): { file: string; bookingId: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder yet: nothing was ever saved
  }
  return names.flatMap((n) => {
    const m = NAME.exec(n);
    return m ? [{ file: join(dir, n), bookingId: Number(m[1]) }] : [];
  });
}

function remove(file: string): boolean {
  try {
    rmSync(file, { force: true });
    return true;
  } catch (e) {
    // Open in a PDF viewer on Windows: the next sweep tries again.
    log.warn(`could not delete slip ${file}`, e);
    return false;
  }
}

/** At checkout (or cancellation): the booking's saved slips go. Answers how many were deleted. */
export function removeSlipsOf(dir: string, bookingId: number): number {
  return slips(dir).filter((s) => s.bookingId === bookingId && remove(s.file)).length;
}

/** Slips older than a day go, whatever their booking. `nowMs` is the desk's clock; a file's age is by its modified time. */
export function sweepSlips(dir: string, nowMs: number, maxAgeMs = SLIP_MAX_AGE_MS): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const s of slips(dir)) {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(s.file).mtimeMs;
    } catch {
      continue;
    }
    if (nowMs - mtimeMs > maxAgeMs && remove(s.file)) n += 1;
  }
  return n;
}
