import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretCipher } from '../../electron/core/secrets/cipher';

/**
 * AES-256-GCM stand-in for Electron's safeStorage (which cannot run without the Electron binary).
 * Like DPAPI, a different key (another PC or Windows user) cannot decrypt, and tampering is caught.
 */
export function createAesCipher(
  opts: { key?: Buffer; available?: boolean; shouldReEncrypt?: boolean } = {},
): SecretCipher & { key: Buffer } {
  const key = opts.key ?? randomBytes(32);
  return {
    key,
    isAvailable: () => Promise.resolve(opts.available ?? true),
    encrypt(plainText) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plainText, 'utf8'), c.final()]);
      return Promise.resolve(Buffer.concat([iv, c.getAuthTag(), body]));
    },
    decrypt(data) {
      try {
        const d = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
        d.setAuthTag(data.subarray(12, 28));
        const text = Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
        return Promise.resolve({ text, shouldReEncrypt: opts.shouldReEncrypt ?? false });
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    },
  };
}
