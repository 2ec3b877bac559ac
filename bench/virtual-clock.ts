/**
 * A clock for running a whole hotel day in minutes: time runs at real speed while the desk works
 * (an HTTP request in flight, code running), and jumps straight to the next timer whenever nothing
 * is happening. Every wait of the core (rate limiter, outbox back-off and due times, the nightly
 * reconciliation, health and feed schedules) is a timer on the injected clock (Clock.after), so a
 * 2.4 s limiter wait costs no real time, while the desk's own CPU time and request round trips are
 * counted one to one. A clerk's measured wait is therefore what a real clerk would wait, minus
 * nothing and plus nothing.
 *
 * "Nothing is happening" means: no request in flight through `fetch` (every request of the desk
 * and of the bench goes through it, bodies read whole) and no due timer, for a few turns of the
 * event loop, so promise chains that were about to schedule a timer have done so.
 */
import type { After, Clock } from '../electron/core/time/clock';
import type { HttpFetch } from '../electron/core/net/http-fetch';

interface Pending {
  due: number;
  seq: number;
  fn: () => void;
}

export interface VirtualClock extends Clock {
  after: After;
  /** Every request the desk (and the bench) makes: tracked so time never jumps over one. */
  fetch: HttpFetch;
  /**
   * Work in flight that is not a `fetch` (an SMTP transaction the bench's server is serving): time
   * does not jump until the returned release is called, as for a request.
   */
  hold(): () => void;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
  /** How much time was skipped so far. */
  jumpedMs(): number;
  stop(): void;
}

/** Event-loop turns with nothing in flight before time may jump. */
const QUIET_TURNS = 4;

export function createVirtualClock(startWallMs: number): VirtualClock {
  const realStart = performance.now();
  let offset = 0;
  let seq = 0;
  let inflight = 0;
  let quiet = 0;
  let turnQueued = false;
  let wakeTimer: NodeJS.Timeout | null = null;
  let stopped = false;
  const timers: Pending[] = [];

  const monotonic = (): number => performance.now() - realStart + offset;

  const insert = (p: Pending): void => {
    let lo = 0;
    let hi = timers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = timers[mid]!;
      if (t.due < p.due || (t.due === p.due && t.seq < p.seq)) lo = mid + 1;
      else hi = mid;
    }
    timers.splice(lo, 0, p);
  };

  const fireDue = (): boolean => {
    let fired = false;
    while (timers.length > 0 && timers[0]!.due <= monotonic()) {
      const t = timers.shift()!;
      fired = true;
      t.fn();
    }
    return fired;
  };

  function queueTurn(): void {
    if (turnQueued || stopped) return;
    turnQueued = true;
    setImmediate(turn);
  }

  function turn(): void {
    turnQueued = false;
    if (stopped) return;
    if (fireDue()) {
      quiet = 0;
      return queueTurn();
    }
    if (timers.length === 0) return;
    if (inflight > 0) {
      // Work in progress: the next timer comes in real time (or when the request settles).
      quiet = 0;
      if (wakeTimer) clearTimeout(wakeTimer);
      wakeTimer = setTimeout(
        () => {
          wakeTimer = null;
          queueTurn();
        },
        Math.max(1, timers[0]!.due - monotonic()),
      );
      return;
    }
    if (++quiet < QUIET_TURNS) return queueTurn();
    quiet = 0;
    offset += Math.max(0, timers[0]!.due - monotonic());
    queueTurn();
  }

  const after: After = (ms, fn) => {
    const p: Pending = { due: monotonic() + Math.max(0, ms), seq: seq++, fn };
    insert(p);
    queueTurn();
    return () => {
      const i = timers.indexOf(p);
      if (i >= 0) timers.splice(i, 1);
    };
  };

  const trackedFetch: HttpFetch = async (input, init) => {
    inflight += 1;
    try {
      const res = await fetch(input, init);
      // The body is read here, inside the tracked span: a jump must not happen between headers and body.
      const body = await res.arrayBuffer();
      return new Response(res.status === 204 || res.status === 304 ? null : body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      });
    } finally {
      inflight -= 1;
      queueTurn();
    }
  };

  return {
    wall: () => Math.floor(startWallMs + monotonic()),
    monotonic,
    after,
    fetch: trackedFetch,
    hold() {
      inflight += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inflight -= 1;
        queueTurn();
      };
    },
    sleep: (ms) => new Promise<void>((resolve) => after(ms, resolve)),
    jumpedMs: () => offset,
    stop() {
      stopped = true;
      if (wakeTimer) clearTimeout(wakeTimer);
      timers.length = 0;
    },
  };
}
