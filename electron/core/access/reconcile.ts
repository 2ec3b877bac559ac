import type { Door } from '../../../shared/domain/door';
import type { ReconcileReport } from '../../../shared/ipc/contract';
import { msg } from '../../../shared/messages';
import { createLogger } from '../log';
import { isSifelyError } from '../sifely/errors';
import { isActive, type EngineCtx } from './context';
import type { CardOnLock, CodeOnLock } from '../cloud/lock-cloud';
import { queueRevocations } from './revoke';

const log = createLogger('reconcile');

/** About 1000 cards and a few hundred custom codes fit on a lock (§10.11, §12, -4056/-3009). */
export const LOCK_CAPACITY = { cards: 1000, codes: 200 } as const;
/** Warn when a lock is this full, before it starts refusing (docs/product.md "Capacity"). */
export const CAPACITY_WARNING = 0.9;
/** Labels the desk gives its credentials start with this; anything else is the owner's own. */
const DESK_LABEL = 'FD ';

/**
 * The nightly lock reconciliation: every lock's own lists compared with the bookings. Departed guests must have
 * nothing left (a zombie gets its revocation queued again), in-house guests must have everything
 * (a missing credential is re-added), and expired credentials are swept from the locks so they do
 * not fill up. All of it runs at background priority so a clerk is never kept waiting.
 */
export async function reconcileLocks(ctx: EngineCtx, doors: readonly Door[]): Promise<ReconcileReport> {
  const now = ctx.now();
  const report: ReconcileReport = { atMs: now, locks: [], zombies: [], missing: [], swept: 0 };
  for (const door of doors) {
    let cards: CardOnLock[];
    let codes: CodeOnLock[];
    try {
      [cards, codes] = await Promise.all([ctx.cloud.listCards(door.lockId, 'background'), ctx.cloud.listCodes(door.lockId, 'background')]);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.warn(`could not list ${door.name}`, message);
      report.locks.push({
        door: door.name,
        lockId: door.lockId,
        cards: 0,
        codes: 0,
        nearlyFull: false,
        error: isSifelyError(e) ? e.staffMsg : msg('sifely.cloudProblem'),
      });
      continue;
    }
    const customCodes = codes.filter((c) => c.custom).length;
    report.locks.push({
      door: door.name,
      lockId: door.lockId,
      cards: cards.length,
      codes: codes.length,
      nearlyFull: cards.length >= LOCK_CAPACITY.cards * CAPACITY_WARNING || customCodes >= LOCK_CAPACITY.codes * CAPACITY_WARNING,
      error: null,
    });

    ctx.db.transaction(() => {
      const onLock = [
        ...cards.map((c) => ({ kind: 'card' as const, label: c.label, endMs: c.endMs })),
        ...codes.map((c) => ({ kind: 'passcode' as const, label: c.label, endMs: c.endMs })),
      ];
      const labels = new Set(onLock.map((x) => x.label));
      for (const item of onLock) {
        if (!item.label.startsWith(DESK_LABEL)) continue;
        const cred = ctx.credentials.byLabel(item.label);
        const stillValid = item.endMs === 0 || item.endMs > now;
        if (cred && cred.state === 'issued' && cred.endMs <= now && ctx.outbox.openFor(cred.id).length === 0) {
          // Expired: remove it to free the lock's memory (it no longer opens anyway).
          queueRevocations(ctx, [cred], 'background');
          report.swept++;
        } else if (stillValid && (!cred || (!isActive(cred) && cred.state !== 'failed' && ctx.outbox.openFor(cred.id).length === 0))) {
          report.zombies.push({
            door: door.name,
            kind: item.kind,
            label: item.label,
            what: cred ? msg('access.reconcile.afterRevoked') : msg('access.reconcile.unknown'),
          });
          // Revoked here but back on the lock (or never really removed): revoke it again.
          if (cred) queueRevocations(ctx, [cred], 'background');
        }
      }
      for (const cred of ctx.credentials.activeOnDoor(door.id)) {
        if (cred.state !== 'issued' || cred.endMs <= now || labels.has(cred.label)) continue;
        if (ctx.outbox.openFor(cred.id).length > 0) continue; // already being worked on
        report.missing.push({ door: door.name, kind: cred.kind, label: cred.label, what: msg('access.reconcile.notOnLock') });
        ctx.credentials.settle(cred.id, { state: 'pending', error: msg('access.missingAtNightAudit') });
        ctx.outbox.enqueue(cred.id, 'add', {}, 'background');
      }
    })();
  }
  ctx.audit.add({
    staff: 'system',
    action: 'night-audit',
    bookingId: null,
    detail: msg('audit.nightAudit', {
      locks: report.locks.length,
      zombies: report.zombies.length,
      missing: report.missing.length,
      swept: report.swept,
    }),
    result: report.zombies.length + report.missing.length === 0 ? 'ok' : 'failed',
  });
  ctx.worker.kick();
  return report;
}
