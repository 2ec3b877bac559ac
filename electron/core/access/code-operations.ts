import { msg } from '../../../shared/messages';
import { formatWallMinute } from '../../../shared/time/zoned';
import type { StoredCredential } from '../db/repos/credentials.repo';
import { isSifelyError } from '../sifely/errors';
import { classifyFailure, isNotFound } from './classify';
import type { CodeOnLock, Priority } from '../cloud/lock-cloud';
import { done, type CredentialPatch, type Ctx, type Outcome } from './operation-types';
import { generatePasscode } from './passcodes';
import { HOUR, offlineWindow } from './windows';

/**
 * Passcode work of the outbox: custom codes with their clash and offline fallbacks, offline codes
 * (whole hours, first use within 24 h, -1026), codes found after an unclear attempt, replacements
 * (-3008) and deletes on locks without a gateway (-2012 → cloud only).
 */

/** How often a clashing custom code is replaced with fresh digits before giving up. */
const CLASH_RETRIES = 3;

/** Offline digits are 6–9 long (§10.10); the client accepts 4–10 like the rest of the reference. */
const usableDigits = (digits: string): boolean => /^\d{4,10}$/.test(digits);

/**
 * A code found on the lock after an unclear attempt, as the credential must record it: the cloud's
 * own digits (a clash may have changed them, and an offline code's digits are the cloud's choice,
 * §10.10) and, for an offline code, its whole-hour window and variant, so the slip and any later
 * extension are right. Null when the listing cannot say which digits open the door.
 */
export function adoptFoundCode(code: CodeOnLock): CredentialPatch | null {
  if (!usableDigits(code.digits)) return null;
  if (code.custom) return { remoteId: code.codeId, secret: code.digits };
  return { remoteId: code.codeId, secret: code.digits, variant: 'offline', startMs: code.startMs, endMs: code.endMs };
}

export async function addCustomCode(ctx: Ctx, c: StoredCredential, priority: Priority): Promise<Outcome> {
  let digits = c.secret;
  for (let attempt = 0; ; attempt++) {
    try {
      const { codeId } = await ctx.cloud.addCustomCode(
        { lockId: c.lockId, digits, label: c.label, startMs: c.startMs, endMs: c.endMs },
        priority,
      );
      return done({ remoteId: codeId, secret: digits });
    } catch (e) {
      // No gateway, or it is offline: the guest still needs a code for this door now, so fall back
      // to the lock's offline algorithm (§15.2), which needs no gateway. Its window is whole hours.
      if (classifyFailure(e).kind === 'fallback') return fallBackToOffline(ctx, c, priority);
      // The lock has these digits already (someone else's code: the desk only checks its own before
      // issuing, to spare the rate limit): this door gets fresh digits that clash with nothing listed.
      if (!(isSifelyError(e) && e.kind === 'duplicate') || attempt >= CLASH_RETRIES) throw e;
      const taken = new Set([
        ...ctx.codesOnDoor(c.doorId),
        ...(await ctx.cloud.listCodes(c.lockId, priority)).map((x) => x.digits),
        digits,
      ]);
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
async function fallBackToOffline(ctx: Ctx, c: StoredCredential, priority: Priority): Promise<Outcome> {
  const pending: CredentialPatch = { variant: 'offline', secret: '' };
  try {
    return await addOfflineCode(ctx, c, priority);
  } catch (e) {
    const v = classifyFailure(e);
    return v.kind === 'retry' ? { ...v, patch: pending } : { kind: 'give-up', message: v.message };
  }
}

/** How many earlier start hours are tried when a window was already fetched and deleted (-1026). */
const OFFLINE_START_RETRIES = 3;

export async function addOfflineCode(ctx: Ctx, c: StoredCredential, priority: Priority): Promise<Outcome> {
  const now = ctx.now();
  const window = offlineWindow(ctx.arrivalOf(c.bookingId) ?? c.startMs, c.endMs, now);
  for (let earlier = 0; ; earlier++) {
    const startMs = window.startMs - earlier * HOUR;
    try {
      const got = await ctx.cloud.getOfflineCode({ lockId: c.lockId, label: c.label, startMs, endMs: window.endMs }, priority);
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
export async function deleteCodeEverywhere(ctx: Ctx, lockId: number, codeId: number, priority: Priority): Promise<'lock' | 'cloud-only'> {
  try {
    await ctx.cloud.deleteCode(lockId, codeId, priority);
    return 'lock';
  } catch (e) {
    if (isNotFound(e)) return 'lock';
    if (!isNoGateway(e)) throw e;
  }
  await deleteFromCloudOnly(ctx, lockId, codeId, priority);
  return 'cloud-only';
}

async function deleteFromCloudOnly(ctx: Ctx, lockId: number, codeId: number, priority: Priority): Promise<void> {
  try {
    await ctx.cloud.deleteCode(lockId, codeId, priority, 'cloud-only');
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

export const isNoGateway = (e: unknown): boolean => isSifelyError(e) && e.kind === 'no-gateway';

/**
 * A lock with no gateway cannot be told to delete a code (-2012), and retrying never helps: the
 * cloud record is removed (`deleteType` 1, §10.13, §15.2) and nothing is retried, and the clerk is
 * told plainly that the code keeps opening that door until its end (nothing is permanent, so it
 * does stop then). There is nothing for a verification to find in the cloud's list afterwards.
 */
export async function leaveOnGatewaylessLock(ctx: Ctx, c: StoredCredential, remoteId: number, priority: Priority): Promise<Outcome> {
  await deleteFromCloudOnly(ctx, c.lockId, remoteId, priority);
  const notice = msg('access.codeStaysOnLock', { door: c.doorName, until: formatWallMinute(c.endMs, ctx.timeZone() ?? 'UTC') });
  return { kind: 'done', patch: { remoteId, verifiedMs: ctx.now() }, note: 'no gateway: removed from the cloud only', notice };
}

/** Delete and issue again under the same label with the new window (an offline code gets new digits from the cloud). */
export async function replaceCode(
  ctx: Ctx,
  c: StoredCredential,
  remoteId: number,
  startMs: number,
  endMs: number,
  priority: Priority,
): Promise<Outcome> {
  await deleteCodeEverywhere(ctx, c.lockId, remoteId, priority);
  const fresh: StoredCredential = { ...c, remoteId: null, startMs, endMs };
  const out = c.variant === 'offline' ? await addOfflineCode(ctx, fresh, priority) : await addCustomCode(ctx, fresh, priority);
  return out.kind === 'done' ? { ...out, patch: { startMs, endMs, ...out.patch } } : out;
}
