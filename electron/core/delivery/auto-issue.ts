import type { AutoIssuePolicy } from '../../../shared/domain/delivery';
import type { After } from '../time/clock';
import type { CredentialsRepo } from '../db/repos/credentials.repo';
import { DeskError } from '../ipc/desk-error';
import { createLogger } from '../log';
import type { AutoIssuesRepo } from '../db/repos/auto-issues.repo';
import type { DeliverySettingsRepo } from '../db/repos/delivery-settings.repo';
import { policyFor } from './policy';

const log = createLogger('auto-issue');
const HOUR = 3_600_000;

export interface AutoIssueDeps {
  /** Desk time: "N hours before arrival" is read on the same clock as the arrival. */
  now: () => number;
  /** The scheduler's own timer, on the desk's clock (DeskTime.after). */
  after: After;
  settings: DeliverySettingsRepo;
  autoIssues: AutoIssuesRepo;
  credentials: CredentialsRepo;
  /** The access engine's code issued ahead (every occupancy rule applies; throws DeskError when it may not). */
  issue: (bookingId: number) => unknown;
  issued: (bookingId: number) => void;
  /** A booking's automatic code was refused (it now waits in Needs attention). */
  held: (bookingId: number) => void;
  tickMs: number;
}

/**
 * Issues a timed passcode N hours before arrival for the bookings whose source's policy says so.
 * It looks every `tickMs` at the desk's clock (not a timer per booking: a clock corrected or
 * cloud time learned moves every due time with it). A booking is issued once; one the engine
 * refuses (another stay holds the room) is kept as held with its reason, listed in Needs attention,
 * and tried again only after something changed at the desk (a clerk moved, shortened or cancelled
 * a stay: `reconsider`) or an hour later (a stay that overlapped only its past), not at every look.
 */
export function createAutoIssueScheduler(deps: AutoIssueDeps) {
  let timer: (() => void) | null = null;
  let reconsiderHeld = true;
  let heldLookedAt = 0;

  const policyOf = (source: string): AutoIssuePolicy => policyFor(deps.settings.get(), source);

  /** One look: answers how many codes it issued. */
  function tick(): number {
    const now = deps.now();
    const s = deps.settings.get();
    const longest = Math.max(
      s.policies.walkIn.hoursBefore,
      s.policies.feeds.hoursBefore,
      s.policies.csv.hoursBefore,
      ...Object.values(s.policies.bySource).map((p) => p.hoursBefore),
    );
    const retryHeld = reconsiderHeld || Math.abs(now - heldLookedAt) >= HOUR;
    if (retryHeld) {
      reconsiderHeld = false;
      heldLookedAt = now;
    }
    let issued = 0;
    for (const b of deps.autoIssues.candidates(now, now + longest * HOUR)) {
      const policy = policyOf(b.source);
      if (!policy.auto || b.arrivalMs - policy.hoursBefore * HOUR > now) continue;
      const before = deps.autoIssues.get(b.id);
      if (before?.state === 'held' && !retryHeld) continue;
      // A code the clerk already issued is the guest's code: it is followed, not doubled.
      const hasCode = deps.credentials
        .forBooking(b.id)
        .some((c) => c.kind === 'passcode' && (c.state === 'pending' || c.state === 'issued'));
      try {
        if (!hasCode) deps.issue(b.id);
        deps.autoIssues.issued(b.id);
        issued++;
        deps.issued(b.id);
      } catch (e) {
        if (!(e instanceof DeskError)) throw e;
        deps.autoIssues.held(b.id, e.msg);
        if (before?.state !== 'held') {
          log.warn(`booking ${b.id}: automatic code held: ${e.message}`);
          deps.held(b.id);
        }
      }
    }
    if (issued) log.info(`issued ${issued} code(s) ahead of arrival`);
    return issued;
  }

  const loop = (): void => {
    try {
      tick();
    } catch (e) {
      log.error('automatic codes failed this time', e);
    }
    timer = deps.after(deps.tickMs, loop, { unref: true });
  };

  return {
    tick,
    policyOf,
    /** Something changed at the desk: the held codes are tried again at the next look. */
    reconsider(): void {
      reconsiderHeld = true;
    },
    start(): void {
      if (!timer) timer = deps.after(0, loop, { unref: true });
    },
    stop(): void {
      timer?.();
      timer = null;
    },
  };
}
