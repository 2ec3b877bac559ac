import { cardSubmission } from '../../../shared/cards/uid';
import { msg, type Message } from '../../../shared/messages';
import type { StoredCredential } from '../db/repos/credentials.repo';
import type { OutboxRow } from '../db/repos/outbox.repo';
import { isSifelyError } from '../sifely/errors';
import { classifyFailure, isNotFound } from './classify';
import type { CodeOnLock, LockCloud, Urgency } from './lock-cloud';
import { generatePasscode } from './passcodes';
import { formatWallMinute } from '../../../shared/time/zoned';
import { HOUR, offlineWindow } from './windows';

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
  /** `notice`: done, but the clerk must know something (kept beside the credential). */
  | { kind: 'done'; patch?: CredentialPatch; note?: string; notice?: Message }
  /** A verification found a revoked credential still on the lock: revoke it again. */
  | { kind: 'reopen'; message: Message }
  /** `lockOffline`: the lock's gateway is offline, so only one operation per lock keeps probing. */
  | { kind: 'retry'; unclear: boolean; message: Message; minDelayMs?: number; lockOffline?: boolean; patch?: CredentialPatch }
  | { kind: 'give-up'; message: Message };

const isLockOffline = (e: unknown): boolean => isSifelyError(e) && e.kind === 'lock-offline';

/** Adds stop after this many attempts; changes and deletes never stop (a revocation is never dropped). */
export const MAX_ADD_ATTEMPTS = 12;

const done = (patch?: CredentialPatch, note?: string): Outcome => ({ kind: 'done', ...(patch ? { patch } : {}), ...(note ? { note } : {}) });

export interface Ctx {
  cloud: LockCloud;
  now: () => number;
  /** Digits of the desk's own active codes on a door (the lock's full list is only read on a clash). */
  codesOnDoor: (doorId: number) => ReadonlySet<string>;
  /** The lock's cards or codes as listed by a request that started at or after `notBeforeMs`. */
  listOnce: (lockId: number, kind: 'card' | 'passcode', notBeforeMs: number) => Promise<{ id: number; label: string }[]>;
  /** The booking's arrival: an offline code's start depends on whether the guest is in house yet. */
  arrivalOf: (bookingId: number) => number | null;
  /** The property's zone, to tell the clerk a time as the desk reads it (null before setup: UTC). */
  timeZone: () => string | null;
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

/** Finds this credential on its lock by the unique label the desk gave it; a code comes with what the cloud lists for it. */
async function lookOnLock(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<{ id: number; startMs: number; endMs: number; code?: CodeOnLock } | null> {
  if (c.kind === 'card') {
    const card = (await ctx.cloud.listCards(c.lockId, urgency)).find((x) => x.label === c.label || (c.remoteId !== null && x.cardId === c.remoteId));
    return card ? { id: card.cardId, startMs: card.startMs, endMs: card.endMs } : null;
  }
  const code = (await ctx.cloud.listCodes(c.lockId, urgency)).find((x) => x.label === c.label || (c.remoteId !== null && x.codeId === c.remoteId));
  return code ? { id: code.codeId, startMs: code.startMs, endMs: code.endMs, code } : null;
}

/** Offline digits are 6–9 long (§10.10); the client accepts 4–10 like the rest of the reference. */
const usableDigits = (digits: string): boolean => /^\d{4,10}$/.test(digits);

/**
 * A code found on the lock after an unclear attempt, as the credential must record it: the cloud's
 * own digits (a clash may have changed them, and an offline code's digits are the cloud's choice,
 * §10.10) and, for an offline code, its whole-hour window and variant, so the slip and any later
 * extension are right. Null when the listing cannot say which digits open the door.
 */
function adoptFoundCode(code: CodeOnLock): CredentialPatch | null {
  if (!usableDigits(code.digits)) return null;
  if (code.custom) return { remoteId: code.codeId, secret: code.digits };
  return { remoteId: code.codeId, secret: code.digits, variant: 'offline', startMs: code.startMs, endMs: code.endMs };
}

async function add(ctx: Ctx, row: OutboxRow, c: StoredCredential): Promise<Outcome> {
  const urgency = urgencyOf(row);
  if (row.unclear) {
    // An earlier attempt may have landed without us hearing back: never send blindly twice.
    const found = await lookOnLock(ctx, c, urgency);
    if (found && !found.code) return done({ remoteId: found.id }, 'found on the lock after an unclear attempt');
    if (found?.code) {
      const patch = adoptFoundCode(found.code);
      if (patch) return done(patch, 'found on the lock after an unclear attempt');
      // On the lock, but the desk cannot tell the guest its digits: take it away and get a fresh one.
      await deleteCodeEverywhere(ctx, c.lockId, found.id, urgency);
    }
  }
  if (c.kind === 'card') {
    const { cardId } = await ctx.cloud.addCard({ lockId: c.lockId, label: c.label, startMs: c.startMs, endMs: c.endMs, ...submission(c) }, urgency);
    return done({ remoteId: cardId });
  }
  if (c.variant === 'offline') return addOfflineCode(ctx, c, urgency);
  return addCustomCode(ctx, c, urgency);
}

async function addCustomCode(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<Outcome> {
  let digits = c.secret;
  for (let attempt = 0; ; attempt++) {
    try {
      const { codeId } = await ctx.cloud.addCustomCode({ lockId: c.lockId, digits, label: c.label, startMs: c.startMs, endMs: c.endMs }, urgency);
      return done({ remoteId: codeId, secret: digits });
    } catch (e) {
      // No gateway, or it is offline: the guest still needs a code for this door now, so fall back
      // to the lock's offline algorithm (§15.2), which needs no gateway. Its window is whole hours.
      if (classifyFailure(e).kind === 'fallback') return fallBackToOffline(ctx, c, urgency);
      // The lock has these digits already (someone else's code: the desk only checks its own before
      // issuing, to spare the rate limit): this door gets fresh digits that clash with nothing listed.
      if (!(isSifelyError(e) && e.kind === 'duplicate') || attempt >= CLASH_RETRIES) throw e;
      const taken = new Set([...ctx.codesOnDoor(c.doorId), ...(await ctx.cloud.listCodes(c.lockId, urgency)).map((x) => x.digits), digits]);
      digits = generatePasscode(digits.length, taken);
    }
  }
}

/**
 * The custom code could not reach the lock: the door gets an offline code. From here on the
 * credential is an offline code whose digits the cloud has not given yet, so if this call fails
 * (or its answer is lost) the screen and slip show no digits meanwhile, and the next attempt goes
 * straight to the offline code (after looking for it on the lock if the answer was lost).
 */
async function fallBackToOffline(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<Outcome> {
  const pending: CredentialPatch = { variant: 'offline', secret: '' };
  try {
    return await addOfflineCode(ctx, c, urgency);
  } catch (e) {
    const v = classifyFailure(e);
    return v.kind === 'retry' ? { ...v, patch: pending } : { kind: 'give-up', message: v.message };
  }
}

/** How many earlier start hours are tried when a window was already fetched and deleted (-1026). */
const OFFLINE_START_RETRIES = 3;

async function addOfflineCode(ctx: Ctx, c: StoredCredential, urgency: Urgency): Promise<Outcome> {
  const now = ctx.now();
  const window = offlineWindow(ctx.arrivalOf(c.bookingId) ?? c.startMs, c.endMs, now);
  for (let earlier = 0; ; earlier++) {
    const startMs = window.startMs - earlier * HOUR;
    try {
      const got = await ctx.cloud.getOfflineCode({ lockId: c.lockId, label: c.label, startMs, endMs: window.endMs }, urgency);
      return done({ remoteId: got.codeId, secret: got.digits, variant: 'offline', startMs: got.startMs, endMs: got.endMs });
    } catch (e) {
      // -1026: a code for exactly this lock, type and window was fetched and deleted before (an
      // extension shortened back, a reissue in the same hour): another start hour gives another
      // code (§10.10, §13.2). An earlier hour, not a later one: the guest in house uses it now, and
      // one still to come still arrives within its first 24 hours.
      if (!(isSifelyError(e) && e.code === -1026) || earlier >= OFFLINE_START_RETRIES) throw e;
    }
  }
}

/**
 * Deletes a code on its lock through the gateway; a lock with no gateway (-2012) cannot be reached,
 * so the cloud record is removed instead (`deleteType` 1, §10.13, §15.2). Answers which one it did.
 */
async function deleteCodeEverywhere(ctx: Ctx, lockId: number, codeId: number, urgency: Urgency): Promise<'lock' | 'cloud-only'> {
  try {
    await ctx.cloud.deleteCode(lockId, codeId, urgency);
    return 'lock';
  } catch (e) {
    if (isNotFound(e)) return 'lock';
    if (!isNoGateway(e)) throw e;
  }
  await deleteFromCloudOnly(ctx, lockId, codeId, urgency);
  return 'cloud-only';
}

async function deleteFromCloudOnly(ctx: Ctx, lockId: number, codeId: number, urgency: Urgency): Promise<void> {
  try {
    await ctx.cloud.deleteCode(lockId, codeId, urgency, 'cloud-only');
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

const isNoGateway = (e: unknown): boolean => isSifelyError(e) && e.kind === 'no-gateway';

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
      if (c.kind === 'passcode' && isNoGateway(e)) return leaveOnGatewaylessLock(ctx, c, remoteId, urgency);
      if (v.kind === 'fallback') return { kind: 'retry', unclear: false, message: v.message, lockOffline: isLockOffline(e) };
      return v.kind === 'give-up' ? { kind: 'retry', unclear: false, message: v.message } : v;
    }
  }
  // The gateway confirmed the delete: revoked. A 'verify' row then checks the lock's own list.
  return done({ remoteId });
}

/**
 * A lock with no gateway cannot be told to delete a code (-2012), and retrying never helps: the
 * cloud record is removed (`deleteType` 1, §10.13, §15.2) and nothing is retried, and the clerk is
 * told plainly that the code keeps opening that door until its end (nothing is permanent, so it
 * does stop then). There is nothing for a verification to find in the cloud's list afterwards.
 */
async function leaveOnGatewaylessLock(ctx: Ctx, c: StoredCredential, remoteId: number, urgency: Urgency): Promise<Outcome> {
  await deleteFromCloudOnly(ctx, c.lockId, remoteId, urgency);
  const notice = msg('access.codeStaysOnLock', { door: c.doorName, until: formatWallMinute(c.endMs, ctx.timeZone() ?? 'UTC') });
  return { kind: 'done', patch: { remoteId, verifiedMs: ctx.now() }, note: 'no gateway: removed from the cloud only', notice };
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
  if (row.unclear) {
    // A replacement (below) may have landed without us hearing back: it carries the same label.
    const found = await lookOnLock(ctx, c, urgency);
    const patch = found?.code && found.id !== c.remoteId ? adoptFoundCode(found.code) : null;
    if (patch) return done({ startMs, endMs, ...patch }, 'replacement found on the lock after an unclear attempt');
  }
  if (c.variant === 'offline') return replaceCode(ctx, c, c.remoteId, startMs, endMs, urgency);
  try {
    await ctx.cloud.changeCodePeriod({ lockId: c.lockId, codeId: c.remoteId, startMs, endMs }, urgency);
  } catch (e) {
    // -3008: the lock cannot re-time a code never typed on it (§10.12, §13.2); -2009: it is gone
    // (deleted in the Sifely app). Either way the guest needs a code for the new window.
    if (!(isSifelyError(e) && (e.code === -3008 || isNotFound(e)))) throw e;
    return replaceCode(ctx, c, c.remoteId, startMs, endMs, urgency);
  }
  return done({ startMs, endMs });
}

/** Delete and issue again under the same label with the new window (an offline code gets new digits from the cloud). */
async function replaceCode(ctx: Ctx, c: StoredCredential, remoteId: number, startMs: number, endMs: number, urgency: Urgency): Promise<Outcome> {
  await deleteCodeEverywhere(ctx, c.lockId, remoteId, urgency);
  const fresh: StoredCredential = { ...c, remoteId: null, startMs, endMs };
  const out = c.variant === 'offline' ? await addOfflineCode(ctx, fresh, urgency) : await addCustomCode(ctx, fresh, urgency);
  return out.kind === 'done' ? { ...out, patch: { startMs, endMs, ...out.patch } } : out;
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
