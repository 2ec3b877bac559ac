/**
 * A promise nobody awaited that rejects, or an exception thrown from a timer or event handler,
 * makes Electron's main process show its "A JavaScript error occurred" dialog over the kiosk
 * (and Node's default would end the process). On a front desk both are worse than the error
 * itself: the error is logged with its stack and the desk keeps running. The clerk-facing paths
 * report their own failures; this is only the net under everything else.
 *
 * Takes the process as a parameter so Vitest checks it on an EventEmitter, not on the test
 * runner's own process.
 */
export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error, origin: string) => void): unknown;
}

export interface GuardLog {
  error(message: string, e?: unknown): void;
}

export function installProcessGuards(proc: GuardedProcess, log: GuardLog): void {
  proc.on('unhandledRejection', (reason) => log.error('unhandled promise rejection (the desk keeps running)', reason));
  proc.on('uncaughtException', (error, origin) => log.error(`uncaught exception from ${origin} (the desk keeps running)`, error));
}

/** For `void`-style calls whose failure only needs a log line (loadURL, openExternal, …). */
export function logFailure(log: GuardLog, what: string): (e: unknown) => void {
  return (e) => log.error(`${what} failed`, e);
}
