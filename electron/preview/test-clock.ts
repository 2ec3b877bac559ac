import type { Clock } from '../core/time/clock';

/**
 * A clock that starts at a chosen instant and then runs at real speed, for tests and for the
 * preview server under end-to-end tests (DESK_TEST_CLOCK). Real timers keep working because the
 * monotonic side follows the machine's own. Only the preview's CLI and tests import it: the
 * Electron app never does (test/unit/shell-bundle.test.ts checks the bundle).
 */
export interface TestClock extends Clock {
  /** Moves the PC's wall clock by `ms` (negative: back), as a person changing Windows' date would. */
  jump: (ms: number) => void;
  /** Sets the PC's wall clock to an instant (the monotonic clock does not move). */
  setWall: (ms: number) => void;
  /** Time passes: both clocks move by `ms` at once (token lifetimes, idle locks, pauses). */
  advance: (ms: number) => void;
}

/**
 * `start`: epoch ms or an ISO instant with its offset ("2026-03-08T01:59:00-05:00"). `frozen`:
 * both clocks stand still unless the test moves them (exact expectations on stored times); real
 * timers still fire, but nothing falls due until the test calls `advance`.
 */
export function testClock(start: number | string, options: { frozen?: boolean } = {}): TestClock {
  const startMs = typeof start === 'number' ? start : /^\d+$/.test(start) ? Number(start) : Date.parse(start);
  if (!Number.isFinite(startMs)) throw new Error(`not an instant: ${String(start)}`);
  const mono0 = performance.now();
  let passed = 0; // advance()
  let moved = 0; // jump() and setWall()
  const running = (): number => (options.frozen ? 0 : performance.now() - mono0);
  const wall = (): number => Math.floor(startMs + running() + passed + moved);
  return {
    wall,
    monotonic: () => mono0 + running() + passed,
    jump(ms) {
      moved += ms;
    },
    setWall(ms) {
      moved += ms - wall();
    },
    advance(ms) {
      passed += ms;
    },
  };
}
