import { cardSubmission } from '../../../shared/cards/uid';
import { msg, type Message } from '../../../shared/messages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { OutboxRow } from '../db/repos/outbox.repo';
import { isSifelyError } from '../sifely/errors';
import { classifyFailure, isNotFound } from './classify';
import type { LockCloud, Urgency } from './lock-cloud';
import { generatePasscode } from './passcodes';
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
  /** A verification found a revoked credential still on the lock: revoke it again. */
  | { kind: 'reopen'; message: Message }
  /** `lockOffline`: the lock's gateway is offline, so only one operation per lock keeps probing. */
  | { kind: 'retry'; unclear: boolean; message: Message; minDelayMs?: number; lockOffline?: boolean }
  | { kind: 'give-up'; message: Message };

const isLockOffline = (e: unknown): boolean => isSifelyError(e) && e.kind === 'lock-offline';

/** Adds stop after this many attempts; changes and deletes never stop (a revocation is never dropped). */
export const MAX_ADD_ATTEMPTS = 12;

const done = (patch?: CredentialPatch, note?: string): Outcome => ({ kind: 'done', ...(patch ? { patch } : {}), ...(note ? { note } : {}) });

export interface Ctx {
  cloud: LockCloud;
  /** The desk's time (cloud time when the PC's clock is off): credential windows. */
  now: () => number;
  /**
   * The cloud's time, once an answer told it. Only this may say a credential has expired on the
   * lock by itself: the PC's clock may be days fast.
   */
  cloudNow: () => number | undefined;
  /** Digits of the desk's own active codes on a door (the lock's full list is only read on a clash). */
  codesOnDoor: (doorId: number) => ReadonlySet<string>;
  /** The lock's cards or codes as listed by a request that started at or after `notBeforeMs`. */
  listOnce: (lockId: number, kind: 'card' | 'passcode', notBeforeMs: number) => Promise<{ id: number; label: string }[]>;
}

/** How often a clashing custom code is replaced with fresh digits before giving up. */
const CLASH_RETRIES = 3;

/**
 * A clerk-queued delete (check-out, lost card, the old room of a move) is 'prompt': it must land
 * within seconds, but a guest checking in at that moment is standing at the desk, so it goes
 * behind their card and code (product.md rush hour). Other clerk-queued work is interactive.
 */
const urgencyOf = (row: OutboxRow): Urgency => (row.priority !== 0 ? 'background' : row.op === 'delete' ? 'prompt' : 'interactive');

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
  let digits = c.secret;
  for (let attempt = 0; ; attempt++) {
    try {
      const { codeId } = await ctx.cloud.addCustomCode({ lockId: c.lockId, digits, label: c.label, startMs: c.startMs, endMs: c.endMs }, urgency);
      return done({ remoteId: codeId, secret: digits });
    } catch (e) {
      // No gateway, or it is offline: the guest still needs a code for this door now, so fall back
      // to the lock's offline algorithm (§15.2), which needs no gateway. Its window is whole hours.
      if (classifyFailure(e).kind === 'fallback') return addOfflineCode(ctx, c, urgency);
      // The lock has these digits already (someone else's code: the desk only checks its own before
      // issuing, to spare the rate limit): this door gets fresh digits that clash with nothing listed.
      if (!(isSifelyError(e) && e.kind === 'duplicate') || attempt >= CLASH_RETRIES) throw e;
      const taken = new Set([...ctx.codesOnDoor(c.doorId), ...(await ctx.cloud.listCodes(c.lockId, urgency)).map((x) => x.digits), digits]);
      digits = generatePasscode(digits.length, taken);
    }
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
      // Expired by the cloud's clock, never the PC's: a PC set days fast would call a card that
      // still opens the room "revoked". Without the cloud's time, only the lock's list settles it.
      const cloudNow = ctx.cloudNow();
      if (cloudNow !== undefined && cloudNow >= c.endMs) return done({ verifiedMs: ctx.now() }, 'expired on the lock before it could be deleted');
      if (v.kind === 'fallback') return { kind: 'retry', unclear: false, message: v.message, lockOffline: isLockOffline(e) };
      return v.kind === 'give-up' ? { kind: 'retry', unclear: false, message: v.message } : v;
    }
  }
  // The gateway confirmed the delete: revoked. A 'verify' row then checks the lock's own list.
  return done({ remoteId });
}

/**
 * The lock's own list must no longer have a revoked credential (product.md: verify, retry until
 * gone). Lists are shared: one list of a lock answers every verification of deletes made before it.
 */
async function verify(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const deletedAt = Number(row.args['deletedAt'] ?? 0);
  const listed = await ctx.listOnce(c.lockId, c.kind, deletedAt);
  const still = listed.some((x) => x.label === c.label || (c.remoteId !== null && x.id === c.remoteId));
  if (still) return { kind: 'reopen', message: msg('access.stillOnLock') };
  return done({ verifiedMs: ctx.now() });
}

async function change(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const urgency = urgencyOf(row);
  const startMs = Number(row.args['startMs']);
  const endMs = Number(row.args['endMs']);
  if (c.remoteId === null) return { kind: 'give-up', message: msg('access.neverReachedLock') };
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
      return { kind: 'retry', unclear: false, message: msg('access.sendWhenGatewayBack', { why: v.message }), lockOffline: isLockOffline(e) };
    return { kind: 'give-up', message: v.message };
  }
}
