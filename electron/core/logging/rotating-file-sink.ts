import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
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
}

export { formatLogLine };

/**
 * Size-capped log files in the app data folder, for "export diagnostics" when something went wrong
 * at the desk. Writes are synchronous appends: the line before a crash is the one support needs,
 * and the log is low-volume. A failing disk must never take the desk down, so write errors are
 * swallowed (the console still gets everything in development).
 */
export function createRotatingFileLog(opts: RotatingLogOptions): RotatingLog {
  const base = opts.baseName ?? 'desk';
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const maxFiles = Math.max(1, opts.maxFiles ?? 5);
  const fileAt = (i: number): string => join(opts.dir, i === 0 ? `${base}.log` : `${base}.${i}.log`);
  mkdirSync(opts.dir, { recursive: true });
  let size = existsSync(fileAt(0)) ? statSync(fileAt(0)).size : 0;

  const rotate = (): void => {
    rmSync(fileAt(maxFiles - 1), { force: true });
    for (let i = maxFiles - 2; i >= 0; i--) if (existsSync(fileAt(i))) renameSync(fileAt(i), fileAt(i + 1));
    size = 0;
  };

  const sink: LogSink = (level, scope, message, detail) => {
    const line = formatLogLine(level, scope, message, detail, logTimestamp());
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(fileAt(0), line);
      size += bytes;
    } catch {
      // see above: logging failures are not the desk's failures
    }
  };

  return {
    sink,
    files: () => Array.from({ length: maxFiles }, (_, i) => fileAt(i)).filter((f) => existsSync(f)),
  };
}

/** Several sinks as one (file + console in development). */
export function teeSinks(...sinks: LogSink[]): LogSink {
  return (level, scope, message, detail) => sinks.forEach((s) => s(level, scope, message, detail));
}
