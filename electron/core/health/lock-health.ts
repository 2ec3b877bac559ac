import type { DoorHealth, LockHealthReport } from '../../../shared/domain/lock-health';
import type { Db } from '../db/open';
import { createDoorLoadRepo } from '../db/repos/door-load.repo';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { createLogger } from '../log';
import type { LockCloud, Priority } from '../cloud/lock-cloud';
import { realAfter, type After } from '../time/clock';

const log = createLogger('health');

export interface LockHealthOptions {
  db: Db;
  rooms: RoomsRepo;
  /** The few reads the health cache makes, all at background priority. */
  cloud: Pick<LockCloud, 'listLocks' | 'gatewaysOfLock' | 'gatewayOnline' | 'locksOfGateway'>;
  /** When the facts were read, as the screen shows it. */
  now: () => number;
  /** Refresh gating (binding re-reads, "check now") is a wait: measured on the monotonic clock. */
  monotonic: () => number;
  /** The background refresh's timer, on that same clock (DeskTime.after); the machine's when absent. */
  after?: After;
  /**
   * Background refresh of batteries and gateway status. Default: every 5 minutes, or less often
   * when a refresh costs more requests than HEALTH_REQUESTS_PER_HOUR allows (a large property).
   */
  refreshMs?: number;
  /** Which gateways serve which lock changes rarely: re-read that binding this often. Default 30 minutes. */
  bindingMs?: number;
  /** A clerk's "check now" never refreshes more often than this. Default 20 seconds. */
  minForcedMs?: number;
  /** Called after a refresh changed what the screen shows. */
  changed?: () => void;
}

interface CloudFacts {
  battery: number | null;
  hasGateway: boolean | null;
  gatewayOnline: boolean | null;
  problem: string | null;
}

/**
 * The share of the cloud's budget (25 requests/minute on the desk's side, §8) background health
 * may use: a tenth, so a 300-door property (3 lock-list pages + 30 gateways a refresh) refreshes
 * every 13 minutes and leaves the rest to the clerk, revocations and the nightly reconciliation.
 * Measured in bench/hotel-day.bench.ts: at a fixed 5 minutes, health alone took a third of the budget.
 */
export const HEALTH_REQUESTS_PER_HOUR = 150;
const MIN_REFRESH_MS = 5 * 60_000;
const LOCK_PAGE = 100;

/**
 * Lock health beside each room, from a cache. The 30 requests/minute budget (§8) is shared with
 * the clerk's own work, so a refresh costs one lock list (batteries for every lock), one detail per
 * gateway (online flag; gateways are shared by several locks and asked once) and, only every
 * `bindingMs`, the binding of locks to gateways (readBinding: one request per known gateway).
 */
export function createLockHealth(opts: LockHealthOptions) {
  const bindingMs = opts.bindingMs ?? 30 * 60_000;
  const minForcedMs = opts.minForcedMs ?? 20_000;
  const bg: Priority = 'background';
  const facts = new Map<number, CloudFacts>();
  const gatewaysOf = new Map<number, number[]>();
  let bindingAtMs = -Infinity;
  let checkedAtMs: number | null = null;
  let checkedAtMono = -Infinity;
  /** Since when every refresh has failed (desk time), null while the cloud answers: the screen shows an outage banner. */
  let unreachableSinceMs: number | null = null;
  let triedAtMono = -Infinity;
  let running: Promise<void> | null = null;
  let stopTimer: (() => void) | null = null;
  let stopped = false;
  const load = createDoorLoadRepo(opts.db);

  const lockIds = (): number[] => [
    ...new Set(
      opts.rooms
        .listRooms()
        .flatMap((r) => [r.door, ...r.sharedDoors])
        .map((d) => d.lockId),
    ),
  ];

  /**
   * Which gateways serve which locks. The gateways already known are asked for their locks, one
   * request each (§10.32); only a lock none of them lists is asked for its own gateways (§10.31):
   * a new lock, one without a gateway, or one moved to a gateway not seen before. At 300 doors on
   * 30 gateways that is about 30 requests instead of 300.
   */
  async function readBinding(ids: readonly number[], problems: Map<number, string>): Promise<void> {
    const next = new Map<number, number[]>();
    for (const gatewayId of new Set([...gatewaysOf.values()].flat())) {
      try {
        for (const lockId of await opts.cloud.locksOfGateway(gatewayId, bg)) next.set(lockId, [...(next.get(lockId) ?? []), gatewayId]);
      } catch (e) {
        log.warn(`locks of gateway ${gatewayId}`, e); // its locks are asked one by one below
      }
    }
    for (const lockId of ids) {
      if (next.has(lockId)) continue;
      try {
        next.set(lockId, await opts.cloud.gatewaysOfLock(lockId, bg));
      } catch (e) {
        problems.set(lockId, 'The lock cloud did not say which gateway serves this lock.');
        log.warn(`gateways of lock ${lockId}`, e);
        const before = gatewaysOf.get(lockId);
        if (before) next.set(lockId, before);
      }
    }
    gatewaysOf.clear();
    for (const lockId of ids) if (next.has(lockId)) gatewaysOf.set(lockId, next.get(lockId)!);
  }

  /** Requests one refresh costs: the lock list's pages and one detail per gateway. */
  const refreshCost = (): number => Math.ceil(Math.max(1, lockIds().length) / LOCK_PAGE) + new Set([...gatewaysOf.values()].flat()).size;
  const nextRefreshMs = (): number => opts.refreshMs ?? Math.max(MIN_REFRESH_MS, (refreshCost() * 3_600_000) / HEALTH_REQUESTS_PER_HOUR);

  async function readCloud(): Promise<void> {
    const ids = lockIds();
    const batteries = new Map((await opts.cloud.listLocks(bg)).map((l) => [l.lockId, l.battery]));
    const problems = new Map<number, string>();
    if (opts.monotonic() - bindingAtMs >= bindingMs) {
      await readBinding(ids, problems);
      bindingAtMs = opts.monotonic();
    }
    const online = new Map<number, boolean>();
    for (const gatewayId of new Set([...gatewaysOf.values()].flat())) {
      try {
        online.set(gatewayId, await opts.cloud.gatewayOnline(gatewayId, bg));
      } catch (e) {
        log.warn(`gateway ${gatewayId} detail`, e);
      }
    }
    let differs = false;
    for (const lockId of ids) {
      const gws = gatewaysOf.get(lockId);
      const known = gws?.filter((g) => online.has(g)) ?? [];
      const next: CloudFacts = {
        battery: batteries.get(lockId) ?? null,
        hasGateway: gws === undefined ? null : gws.length > 0,
        gatewayOnline: gws === undefined || (gws.length > 0 && known.length === 0) ? null : known.some((g) => online.get(g)),
        problem: problems.get(lockId) ?? (batteries.has(lockId) ? null : 'This lock is not on the Sifely account.'),
      };
      const prev = facts.get(lockId);
      if (!prev || JSON.stringify(prev) !== JSON.stringify(next)) differs = true;
      facts.set(lockId, next);
    }
    checkedAtMs = opts.now();
    checkedAtMono = opts.monotonic();
    const wasDown = unreachableSinceMs !== null;
    unreachableSinceMs = null;
    if (differs || wasDown) opts.changed?.();
  }

  /** One refresh at a time; a failed one keeps the last good facts (and says nothing new). */
  function refresh(): Promise<void> {
    triedAtMono = opts.monotonic();
    running ??= readCloud()
      .catch((e: unknown) => {
        log.warn('lock health refresh failed', e);
        if (unreachableSinceMs === null) {
          unreachableSinceMs = opts.now();
          opts.changed?.();
        }
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  function report(): LockHealthReport {
    const ops = load.openOperationsByDoor();
    const creds = load.activeCredentialsByDoor();
    return {
      checkedAtMs,
      unreachableSinceMs,
      rooms: opts.rooms.listRooms().map((room) => ({
        roomId: room.id,
        name: room.name,
        doors: [room.door, ...room.sharedDoors].map((d): DoorHealth => {
          const f = facts.get(d.lockId);
          return {
            doorId: d.id,
            name: d.name,
            kind: d.kind,
            lockId: d.lockId,
            battery: f?.battery ?? null,
            hasGateway: f?.hasGateway ?? null,
            gatewayOnline: f?.gatewayOnline ?? null,
            pendingOps: ops.get(d.id) ?? 0,
            activeCredentials: creds.get(d.id) ?? 0,
            problem: f?.problem ?? null,
          };
        }),
      })),
    };
  }

  return {
    report,
    /** The clerk asked to check now: refreshes unless the facts are only seconds old. */
    async check(force: boolean): Promise<LockHealthReport> {
      // During an outage the cap counts from the last failed try too, so repeated clicks do not hammer a cloud that is down.
      const last = unreachableSinceMs === null ? checkedAtMono : Math.max(checkedAtMono, triedAtMono);
      if (force && opts.monotonic() - last >= minForcedMs) {
        bindingAtMs = -Infinity; // a "check now" also notices a gateway that was added or removed
        await refresh();
      }
      return report();
    },
    start(): void {
      void refresh();
      const after = opts.after ?? realAfter;
      const loop = (): void => {
        if (stopped) return;
        stopTimer = after(nextRefreshMs(), () => void refresh().finally(loop), { unref: true });
      };
      loop();
    },
    async stop(): Promise<void> {
      stopped = true;
      stopTimer?.();
      stopTimer = null;
      await running;
    },
  };
}
export type LockHealthService = ReturnType<typeof createLockHealth>;
