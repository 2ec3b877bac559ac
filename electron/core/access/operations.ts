import { cardSubmission } from '../../../shared/cards/uid';
import { msg } from '../../../shared/messages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { OutboxRow } from '../db/repos/outbox.repo';
import { isSifelyError } from '../sifely/errors';
import { classifyFailure, isNotFound } from './classify';
import {
  adoptFoundCode,
  addCustomCode,
  addOfflineCode,
  deleteCodeEverywhere,
  isNoGateway,
  leaveOnGatewaylessLock,
  replaceCode,
} from './code-operations';
import type { CodeOnLock, Priority } from '../cloud/lock-cloud';
import { done, type Ctx, type Outcome } from './operation-types';

export type { CredentialPatch, Ctx, Outcome } from './operation-types';

const isLockOffline = (e: unknown): boolean => isSifelyError(e) && e.kind === 'lock-offline';

/** Adds stop after this many attempts; changes and deletes never stop (a revocation is never dropped). */
export const MAX_ADD_ATTEMPTS = 12;

/**
 * A clerk-queued delete (check-out, lost card, the old room of a move) is 'prompt': it must land
 * within seconds, but a guest checking in at that moment is standing at the desk, so it goes
 * behind their card and code (docs/product.md "Rush hour"). Other clerk-queued work is interactive.
 */
const priorityOf = (row: OutboxRow): Priority =>
  row.priority === 'background' ? 'background' : row.op === 'delete' ? 'prompt' : 'interactive';

/**
 * What to send to assign a card so that the lock lists the number the desk stores (the number the
 * reader profile yields, which is what taps are matched against). With the reversed endpoint the
 * cloud reverses the 4 UID bytes itself, so it is sent the reversed number (§10.25, §12).
 */
function submission(c: StoredCredential): { cardNumber: string; reversed: boolean } {
  if (c.variant !== 'reversed') return { cardNumber: c.secret, reversed: false };
  const s = cardSubmission(c.secret, { endpoint: 'reversed', leadingZeros: c.secret.length >= 10 ? 'keep' : 'strip' });
  return { cardNumber: s.cardNumber, reversed: s.endpoint === 'reversed' };
}

/** Finds this credential on its lock by the unique label the desk gave it; a code comes with what the cloud lists for it. */
async function lookOnLock(
  ctx: Ctx,
  c: StoredCredential,
  priority: Priority,
): Promise<{ id: number; startMs: number; endMs: number; code?: CodeOnLock } | null> {
  if (c.kind === 'card') {
    const card = (await ctx.cloud.listCards(c.lockId, priority)).find(
      (x) => x.label === c.label || (c.remoteId !== null && x.cardId === c.remoteId),
    );
    return card ? { id: card.cardId, startMs: card.startMs, endMs: card.endMs } : null;
  }
  const code = (await ctx.cloud.listCodes(c.lockId, priority)).find(
    (x) => x.label === c.label || (c.remoteId !== null && x.codeId === c.remoteId),
  );
  return code ? { id: code.codeId, startMs: code.startMs, endMs: code.endMs, code } : null;
}

async function add(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const priority = priorityOf(row);
  if (row.unclear) {
    // An earlier attempt may have landed without us hearing back: never send blindly twice.
    const found = await lookOnLock(ctx, c, priority);
    if (found && !found.code) return done({ remoteId: found.id }, 'found on the lock after an unclear attempt');
    if (found?.code) {
      const patch = adoptFoundCode(found.code);
      if (patch) return done(patch, 'found on the lock after an unclear attempt');
      // On the lock, but the desk cannot tell the guest its digits: take it away and get a fresh one.
      await deleteCodeEverywhere(ctx, c.lockId, found.id, priority);
    }
  }
  if (c.kind === 'card') {
    const { cardId } = await ctx.cloud.addCard(
      { lockId: c.lockId, label: c.label, startMs: c.startMs, endMs: c.endMs, ...submission(c) },
      priority,
    );
    return done({ remoteId: cardId });
  }
  if (c.variant === 'offline') return addOfflineCode(ctx, c, priority);
  return addCustomCode(ctx, c, priority);
}

async function remove(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const priority = priorityOf(row);
  let remoteId = c.remoteId;
  if (remoteId === null) {
    // Never confirmed on the lock; an unclear add may still have landed, so look before calling it gone.
    const found = await lookOnLock(ctx, c, priority);
    if (!found) return done({ verifiedMs: ctx.now() }, 'never reached the lock');
    remoteId = found.id;
  }
  try {
    if (c.kind === 'card') await ctx.cloud.deleteCard(c.lockId, remoteId, priority);
    else await ctx.cloud.deleteCode(c.lockId, remoteId, priority);
  } catch (e) {
    if (!isNotFound(e)) {
      const v = classifyFailure(e);
      // A lock that cannot be reached keeps the credential until its end date: keep trying until
      // then, and once it has expired the lock refuses it by itself (docs/product.md "Nothing permanent").
      // Expired by the cloud's clock, never the PC's: a PC set days fast would call a card that
      // still opens the room "revoked". Without the cloud's time, only the lock's list settles it.
      const cloudNow = ctx.cloudNow();
      if (cloudNow !== undefined && cloudNow >= c.endMs)
        return done({ verifiedMs: ctx.now() }, 'expired on the lock before it could be deleted');
      if (c.kind === 'passcode' && isNoGateway(e)) return leaveOnGatewaylessLock(ctx, c, remoteId, priority);
      if (v.kind === 'fallback') return { kind: 'retry', unclear: false, message: v.message, lockOffline: isLockOffline(e) };
      return v.kind === 'give-up' ? { kind: 'retry', unclear: false, message: v.message } : v;
    }
  }
  // The gateway confirmed the delete: revoked. A 'verify' row then checks the lock's own list.
  return done({ remoteId });
}

/**
 * The lock's own list must no longer have a revoked credential (docs/product.md "A revocation is
 * never lost"). Lists are shared: one list of a lock answers every verification of deletes made before it.
 */
async function verify(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const deletedAt = Number(row.args['deletedAt'] ?? 0);
  const listed = await ctx.listOnce(c.lockId, c.kind, deletedAt);
  const still = listed.some((x) => x.label === c.label || (c.remoteId !== null && x.id === c.remoteId));
  if (still) return { kind: 'reopen', message: msg('access.stillOnLock') };
  return done({ verifiedMs: ctx.now() });
}

async function change(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const priority = priorityOf(row);
  const startMs = Number(row.args['startMs']);
  const endMs = Number(row.args['endMs']);
  if (c.remoteId === null) return { kind: 'give-up', message: msg('access.neverReachedLock') };
  // Setting the same window twice is harmless, so an unclear change is simply sent again.
  if (c.kind === 'card') {
    const { cardId } = await ctx.cloud.changeCardPeriod(
      { lockId: c.lockId, cardId: c.remoteId, label: c.label, startMs, endMs, ...submission(c) },
      priority,
    );
    return done({ startMs, endMs, remoteId: cardId });
  }
  if (row.unclear) {
    // A replacement (below) may have landed without us hearing back: it carries the same label.
    const found = await lookOnLock(ctx, c, priority);
    const patch = found?.code && found.id !== c.remoteId ? adoptFoundCode(found.code) : null;
    if (patch) return done({ startMs, endMs, ...patch }, 'replacement found on the lock after an unclear attempt');
  }
  if (c.variant === 'offline') return replaceCode(ctx, c, c.remoteId, startMs, endMs, priority);
  try {
    await ctx.cloud.changeCodePeriod({ lockId: c.lockId, codeId: c.remoteId, startMs, endMs }, priority);
  } catch (e) {
    // -3008: the lock cannot re-time a code never typed on it (§10.12, §13.2); -2009: it is gone
    // (deleted in the Sifely app). Either way the guest needs a code for the new window.
    if (!(isSifelyError(e) && (e.code === -3008 || isNotFound(e)))) throw e;
    return replaceCode(ctx, c, c.remoteId, startMs, endMs, priority);
  }
  return done({ startMs, endMs });
}

/** Runs one outbox row against the cloud and says how it settled. Never throws. */
export async function execute(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  try {
    switch (row.op) {
      case 'add':
        return await add(ctx, row, c);
      case 'delete':
        return await remove(ctx, row, c);
      case 'change':
        return await change(ctx, row, c);
      case 'verify':
        return await verify(ctx, row, c);
    }
  } catch (e) {
    const v = classifyFailure(e);
    if (v.kind === 'retry') return v;
    // A revocation is never dropped: whatever went wrong, a delete (or its check) is tried again later.
    if (row.op === 'delete' || row.op === 'verify') return { kind: 'retry', unclear: false, message: v.message };
    // Gateway offline: the card (or change) lands when it is back. No gateway at all: it never can.
    if (v.kind === 'fallback' && !(isSifelyError(e) && e.kind === 'no-gateway'))
      return {
        kind: 'retry',
        unclear: false,
        message: msg('access.sendWhenGatewayBack', { why: v.message }),
        lockOffline: isLockOffline(e),
      };
    return { kind: 'give-up', message: v.message };
  }
}
