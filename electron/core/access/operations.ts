import { cardSubmission } from '../../../shared/cards/uid';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { OutboxRow } from '../db/repos/outbox.repo';
import { isSifelyError } from '../sifely/errors';
import { classifyFailure, isNotFound } from './classify';
import type { LockCloud, Urgency } from './lock-cloud';
import { offlineWindow } from './windows';

/** What an attempt changes on the credential when it settles. */
export interface CredentialPatch {
  remoteId?: number;
  secret?: string;
  variant?: StoredCredential['variant'];
  startMs?: number;
  endMs?: number;
  verifiedMs?: number;
}

export type Outcome =
  | { kind: 'done'; patch?: CredentialPatch; note?: string }
  | { kind: 'retry'; unclear: boolean; message: string; minDelayMs?: number; notBeforeMs?: number }
  | { kind: 'give-up'; message: string };

/** Adds and changes stop after this many attempts; deletes never stop (a revocation is never dropped). */
export const MAX_ADD_ATTEMPTS = 12;

const done = (patch?: CredentialPatch, note?: string): Outcome => ({ kind: 'done', ...(patch ? { patch } : {}), ...(note ? { note } : {}) });

interface Ctx {
  cloud: LockCloud;
  now: () => number;
}

const urgencyOf = (row: OutboxRow): Urgency => (row.priority === 0 ? 'interactive' : 'background');

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

/** Finds this credential on its lock by the unique label the desk gave it. */
async function lookOnLock(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<{ id: number; startMs: number; endMs: number } | null> {
  if (c.kind === 'card') {
    const card = (await ctx.cloud.listCards(c.lockId, urgency)).find((x) => x.label === c.label || (c.remoteId !== null && x.cardId === c.remoteId));
    return card ? { id: card.cardId, startMs: card.startMs, endMs: card.endMs } : null;
  }
  const code = (await ctx.cloud.listCodes(c.lockId, urgency)).find((x) => x.label === c.label || (c.remoteId !== null && x.codeId === c.remoteId));
  return code ? { id: code.codeId, startMs: code.startMs, endMs: code.endMs } : null;
}

async function add(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const urgency = urgencyOf(row);
  if (row.unclear) {
    // An earlier attempt may have landed without us hearing back: never send blindly twice.
    const found = await lookOnLock(ctx, c, urgency);
    if (found) return done({ remoteId: found.id }, 'found on the lock after an unclear attempt');
  }
  if (c.kind === 'card') {
    const { cardId } = await ctx.cloud.addCard({ lockId: c.lockId, label: c.label, startMs: c.startMs, endMs: c.endMs, ...submission(c) }, urgency);
    return done({ remoteId: cardId });
  }
  if (c.variant === 'offline') return addOfflineCode(ctx, c, urgency);
  try {
    const { codeId } = await ctx.cloud.addCustomCode({ lockId: c.lockId, digits: c.secret, label: c.label, startMs: c.startMs, endMs: c.endMs }, urgency);
    return done({ remoteId: codeId });
  } catch (e) {
    // No gateway, or it is offline: the guest still needs a code for this door now, so fall back
    // to the lock's offline algorithm (§15.2), which needs no gateway. Its window is whole hours.
    if (classifyFailure(e).kind === 'fallback') return addOfflineCode(ctx, c, urgency);
    throw e;
  }
}

async function addOfflineCode(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<Outcome> {
  const window = offlineWindow(c.startMs, c.endMs, ctx.now());
  const { codeId, digits } = await ctx.cloud.getOfflineCode({ lockId: c.lockId, label: c.label, ...window }, urgency);
  return done({ remoteId: codeId, secret: digits, variant: 'offline', ...window });
}

async function remove(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const urgency = urgencyOf(row);
  let remoteId = c.remoteId;
  if (remoteId === null) {
    // Never confirmed on the lock; an unclear add may still have landed, so look before calling it gone.
    const found = await lookOnLock(ctx, c, urgency);
    if (!found) return done({ verifiedMs: ctx.now() }, 'never reached the lock');
    remoteId = found.id;
  }
  try {
    if (c.kind === 'card') await ctx.cloud.deleteCard(c.lockId, remoteId, urgency);
    else await ctx.cloud.deleteCode(c.lockId, remoteId, urgency);
  } catch (e) {
    if (!isNotFound(e)) {
      const v = classifyFailure(e);
      // A lock that cannot be reached keeps the credential until its end date: keep trying until
      // then, and once it has expired the lock refuses it by itself (product.md "nothing permanent").
      if (ctx.now() >= c.endMs) return done({ verifiedMs: ctx.now() }, 'expired on the lock before it could be deleted');
      return v.kind === 'give-up' || v.kind === 'fallback' ? { kind: 'retry', unclear: false, message: v.message } : v;
    }
  }
  // Verify on the lock: the revocation counts only once the lock's own list no longer has it.
  const still = await lookOnLock(ctx, { ...c, remoteId }, urgency === 'interactive' ? 'background' : urgency);
  if (still) return { kind: 'retry', unclear: false, message: 'The lock still lists this credential; the desk will delete it again.' };
  return done({ verifiedMs: ctx.now() });
}

async function change(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const urgency = urgencyOf(row);
  const startMs = Number(row.args['startMs']);
  const endMs = Number(row.args['endMs']);
  if (c.remoteId === null) return { kind: 'give-up', message: 'This credential never reached the lock, so its dates cannot be changed.' };
  // Setting the same window twice is harmless, so an unclear change is simply sent again.
  if (c.kind === 'card') {
    const { cardId } = await ctx.cloud.changeCardPeriod({ lockId: c.lockId, cardId: c.remoteId, label: c.label, startMs, endMs, ...submission(c) }, urgency);
    return done({ startMs, endMs, remoteId: cardId });
  }
  await ctx.cloud.changeCodePeriod({ lockId: c.lockId, codeId: c.remoteId, startMs, endMs }, urgency);
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
    }
  } catch (e) {
    const v = classifyFailure(e);
    if (v.kind === 'retry') return v;
    // A revocation is never dropped: whatever went wrong, a delete is tried again later.
    if (row.op === 'delete') return { kind: 'retry', unclear: false, message: v.message };
    // Gateway offline: the card (or change) lands when it is back. No gateway at all: it never can.
    if (v.kind === 'fallback' && !(isSifelyError(e) && e.kind === 'no-gateway')) return { kind: 'retry', unclear: false, message: `${v.message} The desk will send it when the gateway is back.` };
    return { kind: 'give-up', message: v.message };
  }
}
