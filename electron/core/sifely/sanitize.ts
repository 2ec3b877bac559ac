/**
 * The lock's admin secrets never leave the client (§10.18, §10.7, §10.22): `noKeyPwd` is the super
 * passcode, the others are SDK keys that would let anyone take over the lock.
 */
export const LOCK_SECRETS = ['noKeyPwd', 'adminPwd', 'aesKeyStr', 'lockKey', 'lockData', 'deletePwd', 'lockFlagPos'] as const;

export function stripSecrets(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!(LOCK_SECRETS as readonly string[]).includes(k)) out[k] = v;
  return out;
}

/** Digits and card numbers are strings always (§10.11, §12); a number on the wire is converted. */
export const asDigits = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
export const asNum = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
