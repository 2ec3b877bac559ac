import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { PinHash } from '../db/repos/staff.repo';

/**
 * PIN hashing with scrypt and a random per-staff salt. A PIN has only 4–8 digits, so the hash
 * alone could be brute-forced offline; the slow KDF makes that cost minutes per PIN instead of
 * microseconds, and the attempt limit in the session guards the online path.
 */
const DEFAULT = { N: 16384, r: 8, p: 1, keyLen: 32 } as const;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, N: number, r: number, p: number, keyLen: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLen, { N, r, p, maxmem: 64 * 1024 * 1024 }, (e, key) => (e ? reject(e) : resolve(key)));
  });
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p, keyLen } = DEFAULT;
  return { kdf: `scrypt:${N}:${r}:${p}:${keyLen}`, salt, hash: await derive(pin, salt, N, r, p, keyLen) };
}

/** Constant-time comparison; an unknown kdf string never matches. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const m = /^scrypt:(\d+):(\d+):(\d+):(\d+)$/.exec(stored.kdf);
  if (!m) return false;
  const [N, r, p, keyLen] = m.slice(1).map(Number) as [number, number, number, number];
  if (keyLen !== stored.hash.length) return false;
  const candidate = await derive(pin, stored.salt, N, r, p, keyLen);
  return timingSafeEqual(candidate, stored.hash);
}
