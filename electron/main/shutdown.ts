/**
 * Every way the desk can end goes through here, so the database is always closed (clean-close
 * marker written, outbox rows settled as far as the grace period allows):
 *
 * - app.quit() from anywhere (the last window closing during a quit, a second `quit`, a relaunch
 *   after a new Sifely account): `before-quit` is held until `desk.close()` has finished, bounded
 *   by `graceMs`, then the quit goes on. app.exit() would skip `before-quit`/`will-quit` (Electron's
 *   app docs), so nothing here calls it for a running desk.
 * - Windows shutdown or log-off emits neither `before-quit` nor `will-quit`; the window's
 *   `session-end` is the only hook, and the process may be killed as soon as it returns, so the
 *   database is closed synchronously there.
 *
 * No 'electron' import: the few app methods used are passed in, so Vitest drives it with a fake.
 */
export interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
  relaunch(): void;
}

export interface ClosableDesk {
  close(): Promise<void>;
  /** Synchronous last resort: closes the database file now (session end, or a close that hangs). */
  closeNow(): void;
}

export interface ShutdownLog {
  info(message: string): void;
  error(message: string, e?: unknown): void;
}

/** The log files: written asynchronously, so every exit waits for (or forces) their last lines. */
export interface FlushableLog {
  flush(): Promise<void>;
  flushSync(): void;
}

export interface Shutdown {
  /** True from the first quit request on: window closes are allowed from then (window-guard.ts). */
  isQuitting(): boolean;
  /** Quit (or restart) after the desk has closed. */
  quit(opts?: { relaunch?: boolean }): void;
  /** The window's `session-end` (Windows shutdown/log-off): close the database before returning. */
  sessionEnd(reason: string): void;
}

export function createShutdown(
  app: QuittableApp,
  opts: { desk: () => ClosableDesk | null; graceMs: number; log: ShutdownLog; logFiles?: FlushableLog },
): Shutdown {
  let quitting = false;
  let closing: Promise<void> | null = null;
  let closed = false;

  const closeNow = (): void => {
    if (closed) return;
    closed = true;
    try {
      opts.desk()?.closeNow();
    } catch (e) {
      opts.log.error('closing the database at once failed', e);
    }
  };

  async function closeWithin(desk: ClosableDesk): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), opts.graceMs)));
    try {
      const outcome = await Promise.race([desk.close().then(() => 'closed' as const), timedOut]);
      if (outcome === 'timeout') {
        opts.log.error(`the desk did not close within ${opts.graceMs} ms; closing the database now`);
        closeNow();
      }
    } catch (e) {
      opts.log.error('closing the desk failed; closing the database now', e);
      closeNow();
    } finally {
      clearTimeout(timer);
    }
  }

  app.on('before-quit', (event) => {
    quitting = true;
    if (closed) return; // the desk is closed: let this quit through
    event.preventDefault();
    if (closing) return; // a close is already under way; its end quits
    const desk = opts.desk();
    closing = (desk ? closeWithin(desk) : Promise.resolve())
      .then(() => {
        closed = true;
        opts.log.info('desk closed; quitting');
        return opts.logFiles?.flush();
      })
      .catch((e: unknown) => opts.log.error('flushing the log files failed', e))
      .then(() => app.quit());
  });

  return {
    isQuitting: () => quitting,
    quit(o = {}) {
      quitting = true;
      // relaunch() only registers the restart; it happens when this process has exited.
      if (o.relaunch) app.relaunch();
      app.quit();
    },
    sessionEnd(reason) {
      quitting = true;
      opts.log.info(`Windows session ending (${reason}): closing the database`);
      closeNow();
      opts.logFiles?.flushSync();
    },
  };
}
