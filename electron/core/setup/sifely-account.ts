import { DeskError } from '../ipc/desk-error';
import { SecretStoreError } from '../secrets/cipher';
import type { SifelyCredential } from '../secrets/secret-store';
import type { HttpFetch } from '../net/http-fetch';
import { createSifelyClient } from '../sifely/client';
import type { DeskTime } from '../time/desk-time';

/** How main keeps the credential (SecretStore with OS encryption); absent in the preview. */
export interface SifelyCredentialSink {
  save(credential: SifelyCredential): Promise<void>;
}

export interface SifelyLoginOutcome {
  account: string;
  locks: number;
  stored: 'encrypted' | 'memory';
  /** The desk keeps using its current account (or demo) until it restarts with the new one. */
  restartRequired: boolean;
}

/**
 * The setup wizard's "Sign in to Sifely": a real sign-in (§3.1) and one lock list to prove the
 * account works, then the credential goes to main's encrypted store. The password never leaves
 * this function's callers: no channel returns it. Without a sink (preview, demo) it is kept in
 * memory for this run only.
 */
export function createSifelyAccountSetup(sink: SifelyCredentialSink | null, time: DeskTime, httpFetch?: HttpFetch) {
  let remembered: SifelyCredential | null = null;
  return {
    async login(credential: SifelyCredential): Promise<SifelyLoginOutcome> {
      const client = createSifelyClient({ ...credential, time, timeoutMs: 10_000, ...(httpFetch ? { fetch: httpFetch } : {}) });
      await client.login();
      const locks = await client.listAllLocks();
      if (sink) {
        try {
          await sink.save(credential);
        } catch (e) {
          // The store's reason (no OS encryption, damaged file) is what the manager must act on;
          // anything else is a bug and stays the generic apology.
          if (e instanceof SecretStoreError) throw new DeskError('unavailable', e.msg);
          throw e;
        }
        remembered = null;
        return { account: credential.account, locks: locks.length, stored: 'encrypted', restartRequired: true };
      }
      remembered = credential;
      return { account: credential.account, locks: locks.length, stored: 'memory', restartRequired: false };
    },
    /** The account name signed in during this run, if any (never the password). */
    account: (): string | null => remembered?.account ?? null,
  };
}
