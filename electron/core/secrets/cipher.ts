import { english, type Message } from '../../../shared/messages';

/**
 * What the secret store needs from the OS. The Electron shell supplies safeStorage's async API
 * (DPAPI on Windows); tests supply an AES-GCM cipher from node:crypto, the one fake allowed here
 * because safeStorage cannot run without Electron.
 */
export interface SecretCipher {
  /** False when the OS offers no real encryption (e.g. Linux without a keyring). */
  isAvailable(): Promise<boolean>;
  encrypt(plainText: string): Promise<Buffer>;
  /** `shouldReEncrypt`: the OS rotated its key; the store rewrites the secret with the new one. */
  decrypt(cipherText: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }>;
}

export type SecretErrorCode = 'encryption-unavailable' | 'unreadable' | 'corrupt' | 'invalid';

/**
 * Failures of the secret store, each with a sentence the manager can act on: `msg` for the setup
 * wizard (worded in the manager's language), `message` its English wording (log, start-up dialog).
 */
export class SecretStoreError extends Error {
  constructor(
    readonly code: SecretErrorCode,
    readonly msg: Message,
    options?: { cause?: unknown },
  ) {
    super(english(msg), options);
    this.name = 'SecretStoreError';
  }
}
