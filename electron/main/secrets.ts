import { safeStorage } from 'electron';
import type { SecretCipher } from '../core/secrets/cipher';

/**
 * safeStorage's async API (Electron ≥ 37; DPAPI on Windows) as the core's SecretCipher. On Linux
 * the 'basic_text' backend is a hard-coded key, not encryption, so it counts as unavailable.
 */
export const safeStorageCipher: SecretCipher = {
  async isAvailable() {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
  async decrypt(cipherText) {
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(cipherText);
    return { text: result, shouldReEncrypt };
  },
};
