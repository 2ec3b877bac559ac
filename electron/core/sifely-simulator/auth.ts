import type { SimAccount } from './model';
import type { SimState } from './state';

/**
 * Credential check for `/v3` calls (§3.6, §15.1 Transport): a raw `sk-` key (the docs say never to
 * prefix it with `Bearer`, so `Bearer sk-…` is refused like a bad key), or a legacy JWT with
 * `Bearer` (a raw JWT is tolerated: two live clients use it). A bad key answers HTTP 401; a bad
 * legacy token answers HTTP 200 + body 401.
 */
export type AuthResult = { account: SimAccount } | { status: number; body: unknown };

export function authenticate(state: SimState, header: string | undefined): AuthResult {
  const raw = (header ?? '').trim();
  const bearer = /^Bearer\s+/i.test(raw);
  const credential = raw.replace(/^Bearer\s+/i, '');
  if (credential.startsWith('sk-')) {
    const account = bearer ? undefined : state.accountByKey(credential);
    return account ? { account } : { status: 401, body: { code: 401, msg: 'Invalid or missing API key' } };
  }
  const token = state.legacyTokens.get(credential);
  const account = token && token.expiresAt > state.now() ? state.accounts.get(token.account) : undefined;
  if (account) return { account };
  if (bearer || credential.split('.').length === 3)
    return { status: 200, body: { code: 401, message: 'unable to access system resources, token expired or invalid' } };
  return { status: 401, body: { code: 401, msg: 'Invalid or missing API key' } };
}
