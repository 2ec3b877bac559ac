import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { msg } from '../../../shared/messages';
import { createLogger } from '../log';
import { type SecretCipher, SecretStoreError } from './cipher';
import { logTimestamp } from '../time/clock';

const log = createLogger('secrets');

/**
 * The Sifely account, kept in main only: it never crosses IPC (the renderer can ask whether one
 * is configured, never for the value). The password is plaintext here because the client sends
 * its MD5 at every login (§3.1).
 */
export const SifelyCredentialSchema = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/ }).optional(),
    account: z.string().min(1).max(200),
    password: z.string().min(1).max(200),
  })
  .strict();
export type SifelyCredential = z.infer<typeof SifelyCredentialSchema>;

/** On disk: only ciphertexts, base64, keyed by secret name. */
const SecretFileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.base64()) }).strict();
type SecretFile = z.infer<typeof SecretFileSchema>;

const SIFELY_KEY = 'sifely-credential';

export interface SecretStore {
  /** Null when none is stored (→ demo mode). Throws SecretStoreError when one exists but cannot be read. */
  getSifelyCredential(): Promise<SifelyCredential | null>;
  setSifelyCredential(credential: SifelyCredential): Promise<void>;
  clearSifelyCredential(): void;
  hasSifelyCredential(): boolean;
  /** Other secrets by name (guest delivery's SMTP password and SMS token), sealed the same way. Null when none. */
  getSecret(name: string): Promise<string | null>;
  /** Null removes it. */
  setSecret(name: string, value: string | null): Promise<void>;
}

export interface SecretStoreOptions {
  /** e.g. `<userData>/secrets.json` */
  file: string;
  cipher: SecretCipher;
}

const UNAVAILABLE = msg('setup.secret.noEncryption');

export function createSecretStore({ file, cipher }: SecretStoreOptions): SecretStore {
  const read = (): SecretFile => {
    if (!existsSync(file)) return { version: 1, secrets: {} };
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new SecretStoreError('corrupt', msg('setup.secret.damagedFile', { file }), { cause: e });
    }
    const parsed = SecretFileSchema.safeParse(raw);
    if (!parsed.success) throw new SecretStoreError('corrupt', msg('setup.secret.damagedFile', { file }));
    return parsed.data;
  };

  /** Write to a temp file and rename: a power cut leaves the old file or the new one, never half. */
  const write = (data: SecretFile): void => {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    renameSync(tmp, file);
  };

  const encrypt = async (text: string): Promise<string> => {
    if (!(await cipher.isAvailable())) throw new SecretStoreError('encryption-unavailable', UNAVAILABLE);
    return (await cipher.encrypt(text)).toString('base64');
  };

  return {
    hasSifelyCredential() {
      try {
        return SIFELY_KEY in read().secrets;
      } catch {
        return true; // a damaged file still means "configured": never fall back to demo silently
      }
    },

    async getSifelyCredential() {
      const stored = read().secrets[SIFELY_KEY];
      if (stored === undefined) return null;
      if (!(await cipher.isAvailable())) throw new SecretStoreError('encryption-unavailable', UNAVAILABLE);
      let decrypted: { text: string; shouldReEncrypt: boolean };
      try {
        decrypted = await cipher.decrypt(Buffer.from(stored, 'base64'));
      } catch (e) {
        // Typically the file was copied from another PC or Windows user: DPAPI keys do not travel.
        throw new SecretStoreError('unreadable', msg('setup.secret.otherUser'), { cause: e });
      }
      let json: unknown;
      try {
        json = JSON.parse(decrypted.text);
      } catch (e) {
        throw new SecretStoreError('corrupt', msg('setup.secret.damaged'), { cause: e });
      }
      const credential = SifelyCredentialSchema.safeParse(json);
      if (!credential.success) throw new SecretStoreError('corrupt', msg('setup.secret.damaged'));
      if (decrypted.shouldReEncrypt) {
        log.info('re-encrypting the Sifely sign-in with the rotated OS key');
        const data = read();
        data.secrets[SIFELY_KEY] = await encrypt(decrypted.text);
        write(data);
      }
      return credential.data;
    },

    async setSifelyCredential(credential) {
      const valid = SifelyCredentialSchema.safeParse(credential);
      if (!valid.success)
        throw new SecretStoreError(
          'invalid',
          msg('setup.secret.incomplete', { details: valid.error.issues.map((i) => i.message).join('; ') }),
        );
      const cipherText = await encrypt(JSON.stringify(valid.data));
      let data: SecretFile;
      try {
        data = read();
      } catch {
        // Replacing a damaged file: keep it beside, so nothing is lost that support could recover.
        renameSync(file, `${file}.damaged-${logTimestamp()}`);
        data = { version: 1, secrets: {} };
      }
      data.secrets[SIFELY_KEY] = cipherText;
      write(data);
    },

    async getSecret(name) {
      if (name === SIFELY_KEY) throw new SecretStoreError('invalid', msg('setup.secret.damaged'));
      const stored = read().secrets[name];
      if (stored === undefined) return null;
      if (!(await cipher.isAvailable())) throw new SecretStoreError('encryption-unavailable', UNAVAILABLE);
      try {
        return (await cipher.decrypt(Buffer.from(stored, 'base64'))).text;
      } catch (e) {
        throw new SecretStoreError('unreadable', msg('setup.secret.otherUser'), { cause: e });
      }
    },

    async setSecret(name, value) {
      if (name === SIFELY_KEY) throw new SecretStoreError('invalid', msg('setup.secret.damaged'));
      const cipherText = value === null ? null : await encrypt(value);
      const data = read();
      if (cipherText === null) delete data.secrets[name];
      else data.secrets[name] = cipherText;
      write(data);
    },

    clearSifelyCredential() {
      const data = read();
      if (!(SIFELY_KEY in data.secrets)) return;
      delete data.secrets[SIFELY_KEY];
      write(data);
    },
  };
}
