/**
 * Watches the desk's requests leave this process: the Sifely client calls the global `fetch` at
 * request time (transport.ts), so wrapping it gives the moment each request is handed to the
 * network stack, with no hook in product code.
 */
export interface SentRequest {
  path: string;
  atMs: number;
  /** When the answer's headers arrived. */
  doneMs?: number;
}

const sent: SentRequest[] = [];
let installed = false;

export function watchRequests(): { since(t: number): SentRequest[]; clear(): void } {
  if (!installed) {
    installed = true;
    const original = globalThis.fetch;
    globalThis.fetch = (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const entry: SentRequest = { path: new URL(url).pathname, atMs: performance.now() };
      sent.push(entry);
      return original(input, init).then((res) => {
        entry.doneMs = performance.now();
        return res;
      });
    };
  }
  return {
    since: (t) => sent.filter((r) => r.atMs >= t),
    clear: () => void sent.splice(0),
  };
}

/** Writes that put a credential on a lock (§10: add card, add/offline passcode). */
export const isCredentialWrite = (path: string): boolean => /\/v3\/(identityCard\/add|keyboardPwd\/(add|get))/.test(path);
