import type { DoorHealth, LockHealthReport } from '../../../shared/domain/lock-health';
import type { Db } from '../db/open';
import type { RoomsRepo } from '../db/repos/rooms.repo';
import { createLogger } from '../log';
import type { CallOptions } from '../sifely/transport';

const log = createLogger('health');

/** The few reads the health cache needs from the Sifely client (all at background priority). */
export interface HealthSource {
  listAllLocks(opts?: CallOptions): Promise<{ lockId: number; electricQuantity?: number }[]>;
  listGatewaysOfLock(lockId: number, opts?: CallOptions): Promise<{ gatewayId: number }[]>;
  getGatewayDetail(gatewayId: number, opts?: CallOptions): Promise<{ gatewayId: number; isOnline?: 0 | 1 }>;
}

export interface LockHealthOptions {
  db: Db;
  rooms: RoomsRepo;
  source: HealthSource;
  /** When the facts were read, as the screen shows it. */
  now: () => number;
  /** Refresh gating (binding re-reads, "check now") is a wait: measured on the monotonic clock. */
  monotonic: () => number;
  /** Background refresh of batteries and gateway status. Default 5 minutes. */
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

// A 'verify' is the desk re-reading a lock's list after a confirmed delete: nobody waits for it, so
// counting it showed "1 operation waiting" beside every guest of a shared door after any check-out.
const OPEN_OPS_BY_DOOR = `SELECT c.door_id AS doorId, COUNT(*) AS n FROM outbox o JOIN credentials c ON c.id = o.credential_id
  WHERE o.state IN ('queued', 'sending') AND o.op <> 'verify' GROUP BY c.door_id`;
const ACTIVE_BY_DOOR = `SELECT door_id AS doorId, COUNT(*) AS n FROM credentials WHERE state IN ('pending', 'issued', 'revoking') GROUP BY door_id`;

/**
 * Lock health beside each room, from a cache. The 30 requests/minute budget (§8) is shared with
 * the clerk's own work, so a refresh costs one lock list (batteries for every lock), one detail per
 * gateway (online flag; gateways are shared by several locks and asked once) and, only every
 * `bindingMs`, one `listByLock` per lock (§10.30 has no online flag, so the two are combined).
 */
export function createLockHealth(opts: LockHealthOptions) {
  const refreshMs = opts.refreshMs ?? 5 * 60_000;
  const bindingMs = opts.bindingMs ?? 30 * 60_000;
  const minForcedMs = opts.minForcedMs ?? 20_000;
  const bg: CallOptions = { priority: 'background' };
  const facts = new Map<number, CloudFacts>();
  const gatewaysOf = new Map<number, number[]>();
  let bindingAtMs = -Infinity;
  let checkedAtMs: number | null = null;
  let checkedAtMono = -Infinity;
  /** Since when every refresh has failed (desk time), null while the cloud answers: the screen shows an outage banner. */
  let unreachableSinceMs: number | null = null;
  let triedAtMono = -Infinity;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const openOps = opts.db.prepare<[], { doorId: number; n: number }>(OPEN_OPS_BY_DOOR);
  const active = opts.db.prepare<[], { doorId: number; n: number }>(ACTIVE_BY_DOOR);

  const lockIds = (): number[] => [...new Set(opts.rooms.listRooms().flatMap((r) => [r.door, ...r.sharedDoors]).map((d) => d.lockId))];

  async function readCloud(): Promise<void> {
    const ids = lockIds();
    const batteries = new Map((await opts.source.listAllLocks(bg)).map((l) => [l.lockId, l.electricQuantity ?? null]));
    const problems = new Map<number, string>();
    if (opts.monotonic() - bindingAtMs >= bindingMs) {
      for (const lockId of ids) {
        try {
          gatewaysOf.set(lockId, (await opts.source.listGatewaysOfLock(lockId, bg)).map((g) => g.gatewayId));
        } catch (e) {
          problems.set(lockId, 'The lock cloud did not say which gateway serves this lock.');
          log.warn(`gateways of lock ${lockId}`, e);
        }
      }
      bindingAtMs = opts.monotonic();
    }
    const online = new Map<number, boolean>();
    for (const gatewayId of new Set([...gatewaysOf.values()].flat())) {
      try {
        online.set(gatewayId, (await opts.source.getGatewayDetail(gatewayId, bg)).isOnline === 1);
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
    const ops = new Map(openOps.all().map((r) => [r.doorId, r.n]));
    const creds = new Map(active.all().map((r) => [r.doorId, r.n]));
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
      timer = setInterval(() => void refresh(), refreshMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
export type LockHealthService = ReturnType<typeof createLockHealth>;
