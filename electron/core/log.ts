/**
 * One logger per scope instead of bare `console`. Technical detail goes here; the renderer only
 * ever gets the plain sentence of an IpcResult. The sink is replaceable so the Electron shell can
 * write rotating files and tests can stay quiet.
 */

import { logTimestamp } from './time/clock';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (level: LogLevel, scope: string, message: string, detail?: unknown) => void;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function formatDetail(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? detail.message;
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

/** One log line, the same on the console and in the log files. */
export function formatLogLine(level: LogLevel, scope: string, message: string, detail: unknown, nowMs: number): string {
  const line = `${new Date(nowMs).toISOString()} ${level.toUpperCase()} [${scope}] ${message}`;
  return detail === undefined ? `${line}\n` : `${line} ${formatDetail(detail)}\n`;
}

const consoleSink: LogSink = (level, scope, message, detail) => {
  const out = level === 'error' || level === 'warn' ? process.stderr : process.stdout;
  out.write(formatLogLine(level, scope, message, detail, logTimestamp()));
};

let sink: LogSink = consoleSink;
let threshold: number = LEVELS[(process.env['DESK_LOG_LEVEL'] as LogLevel | undefined) ?? 'info'] ?? LEVELS.info;

export function setLogSink(next: LogSink): void {
  sink = next;
}

export function setLogLevel(level: LogLevel): void {
  threshold = LEVELS[level];
}

export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export function createLogger(scope: string): Logger {
  const at =
    (level: LogLevel) =>
    (message: string, detail?: unknown): void => {
      if (LEVELS[level] >= threshold) sink(level, scope, message, detail);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
