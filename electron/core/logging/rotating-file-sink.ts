import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { appendFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatLogLine, type LogSink } from '../log';
import { logTimestamp } from '../time/clock';

export interface RotatingLogOptions {
  dir: string;
  /** File stem: `desk.log`, then `desk.1.log` (newest rotated) … `desk.<maxFiles-1>.log`. */
  baseName?: string;
  /** A file is rotated before it would grow past this. */
  maxBytes?: number;
  /** Files kept in total, the live one included. */
  maxFiles?: number;
}

export interface RotatingLog {
  sink: LogSink;
  /** Existing log files, newest first. */
  files(): string[];
  /** Resolves when every line logged so far is in the files (a clean quit awaits it). */
  flush(): Promise<void>;
  /** The same, synchronously, for an exit that cannot wait (Windows session end, process exit). */
  flushSync(): void;
}

export { formatLogLine };

/**
 * Size-capped log files in the app data folder, for "export diagnostics" when something went wrong
 * at the desk. The sink only queues the line: writes happen off the main thread's path, one batch
 * at a time and in order, so a slow disk never stalls the screen or an IPC reply. `flush()` on a
 * clean quit and `flushSync()` on an exit that cannot wait make sure no queued line is lost. A
 * failing disk must never take the desk down, so write errors are swallowed (the console still
 * gets everything in development).
 */
export function createRotatingFileLog(opts: RotatingLogOptions): RotatingLog {
  const base = opts.baseName ?? 'desk';
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const maxFiles = Math.max(1, opts.maxFiles ?? 5);
  const fileAt = (i: number): string => join(opts.dir, i === 0 ? `${base}.log` : `${base}.${i}.log`);
  mkdirSync(opts.dir, { recursive: true });
  let size = existsSync(fileAt(0)) ? statSync(fileAt(0)).size : 0;
  /** Lines logged and not yet handed to a write. */
  let queued: string[] = [];
  /** The batch being written now; `flushSync` writes it again if it has not landed (a repeat, never a loss). */
  let inFlight: string[] | null = null;
  let drain: Promise<void> | null = null;

  /** Splits a batch where the live file must rotate first, keeping the per-line size cap. */
  function chunks(lines: readonly string[]): { rotateFirst: boolean; text: string }[] {
    const out: { rotateFirst: boolean; text: string }[] = [];
    let current = { rotateFirst: false, text: '' };
    for (const line of lines) {
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) {
        if (current.text || current.rotateFirst) out.push(current);
        current = { rotateFirst: true, text: '' };
        size = 0;
      }
      current.text += line;
      size += bytes;
    }
    if (current.text) out.push(current);
    return out;
  }

  async function rotate(): Promise<void> {
    await rm(fileAt(maxFiles - 1), { force: true });
    for (let i = maxFiles - 2; i >= 0; i--) if (existsSync(fileAt(i))) await rename(fileAt(i), fileAt(i + 1));
  }

  function rotateSync(): void {
    rmSync(fileAt(maxFiles - 1), { force: true });
    for (let i = maxFiles - 2; i >= 0; i--) if (existsSync(fileAt(i))) renameSync(fileAt(i), fileAt(i + 1));
  }

  async function write(): Promise<void> {
    while (queued.length > 0) {
      inFlight = queued;
      queued = [];
      try {
        for (const c of chunks(inFlight)) {
          if (c.rotateFirst) await rotate();
          await appendFile(fileAt(0), c.text);
        }
      } catch {
        // see above: logging failures are not the desk's failures
      }
      inFlight = null;
    }
    drain = null;
  }

  const sink: LogSink = (level, scope, message, detail) => {
    queued.push(formatLogLine(level, scope, message, detail, logTimestamp()));
    drain ??= write();
  };

  return {
    sink,
    files: () => Array.from({ length: maxFiles }, (_, i) => fileAt(i)).filter((f) => existsSync(f)),
    async flush(): Promise<void> {
      while (drain) await drain;
    },
    flushSync(): void {
      const lines = [...(inFlight ?? []), ...queued];
      queued = [];
      inFlight = null;
      try {
        for (const c of chunks(lines)) {
          if (c.rotateFirst) rotateSync();
          appendFileSync(fileAt(0), c.text);
        }
      } catch {
        // as above
      }
    },
  };
}

/** Several sinks as one (file + console in development). */
export function teeSinks(...sinks: LogSink[]): LogSink {
  return (level, scope, message, detail) => sinks.forEach((s) => s(level, scope, message, detail));
}
