import { fail, ok, opt, req, type Reply, type Route } from '../route-kit';
import type { SimState } from '../state';

/** OauthDTO (§3.5, §10.4): top level, no wrapper; `expires_in` in seconds. */
function oauthAnswer(state: SimState, account: string): Reply {
  const t = state.issueLegacyToken(account);
  return ok({ access_token: t.token, refresh_token: t.refreshToken, expires_in: t.expiresIn, token_type: 'Bearer', scope: 'user', uid: 1 });
}

/**
 * Both login generations (§3): the Open API JSON login (`sk-` key, §10.1) and the legacy query
 * login (JWT, §10.2) share the path; the JSON body or the `username` parameter tells them apart.
 * The authorization_code flow (§10.3), token refresh and code exchange (§10.4), key rotation (§10.5)
 * and the guest login (§10.6).
 */
export const authRoutes: Record<string, Route> = {
  '/system/smart/login': {
    methods: ['POST'],
    auth: false,
    params: [opt('client_id', 'String'), opt('username', 'String'), opt('password', 'String')],
    handle({ state, json, params }) {
      if (json !== undefined) {
        const body = (json ?? {}) as { account?: unknown; password?: unknown };
        const a = typeof body.account === 'string' ? state.accounts.get(body.account) : undefined;
        if (!a || body.password !== a.passwordMd5)
          return { kind: 'http', status: 401, body: { code: 401, msg: 'Invalid account or password' } };
        const data = {
          clientToken: a.apiKey,
          clientId: a.clientId,
          account: a.account,
          plan: a.plan,
          subscriptionStatus: a.planActive ? 'ACTIVE' : 'INACTIVE',
          lockNum: [...state.locks.values()].filter((l) => l.admin === a.account).length,
        };
        return ok(state.settings.unwrappedLogin ? data : { code: 200, msg: 'success', data });
      }
      // Legacy (§3.2): everything in the query; wrong credentials still answer HTTP 200.
      if (!params.get('client_id')) return fail(10000, 'client_id does not exist');
      const a = state.accounts.get(params.get('username') ?? '');
      if (!a || params.get('password') !== a.passwordMd5)
        return { kind: 'ok', body: { code: 401, message: 'Incorrect username or password' } };
      const t = state.issueLegacyToken(a.account);
      return ok({
        code: 200,
        message: 'Operation success!',
        data: { token: t.token, refreshToken: t.refreshToken, expires_in: String(t.expiresIn) },
      });
    },
  },

  '/system/smart/oauthToken': {
    methods: ['POST'],
    auth: false,
    params: [req('client_id', 'String'), req('grant_type', 'String'), opt('refresh_token', 'String'), opt('code', 'String')],
    handle({ state, params }): Reply {
      const grant = params.get('grant_type');
      if (grant === 'authorization_code') {
        const code = params.get('code') ?? '';
        const issued = state.authCodes.get(code);
        if (!issued || issued.expiresAt <= state.now()) return fail(10002, 'invalid or expired authorization code');
        state.authCodes.delete(code);
        return oauthAnswer(state, issued.account);
      }
      if (grant !== 'refresh_token') return fail(10010, 'unsupported grant_type');
      const rt = params.get('refresh_token') ?? '';
      const account = state.refreshTokens.get(rt);
      if (!account) return fail(10011, 'invalid refresh_token');
      state.refreshTokens.delete(rt);
      return oauthAnswer(state, account);
    },
  },

  '/system/smart/authorize': {
    // §3.4 / §10.3: query client_id, username, password (MD5); redirect to redirect_uri with the code, or answer it.
    methods: ['POST'],
    auth: false,
    params: [
      req('client_id', 'String'),
      req('username', 'String'),
      req('password', 'String'),
      opt('redirect_uri', 'String'),
      opt('scope', 'String'),
      opt('state', 'String'),
    ],
    handle({ state, params }): Reply {
      const a = state.accounts.get(params.get('username') ?? '');
      if (!a || params.get('password') !== a.passwordMd5) return fail(10007, 'wrong account or password');
      const code = state.issueAuthCode(a.account);
      const echo = {
        code,
        ...(params.has('state') ? { state: params.get('state') ?? '' } : {}),
        ...(params.has('scope') ? { scope: params.get('scope') ?? '' } : {}),
      };
      const redirect = params.get('redirect_uri');
      if (redirect) {
        let target: URL;
        try {
          target = new URL(redirect);
        } catch {
          return fail(10008, 'invalid redirect_uri');
        }
        for (const [k, v] of Object.entries(echo)) target.searchParams.set(k, v);
        return { kind: 'http', status: 302, body: '', headers: { Location: target.toString() } };
      }
      // ResultWrapper«Map«string,string»» (§10.3 [?]).
      return ok({ code: 200, msg: 'success', data: echo });
    },
  },

  '/client/roll-token': {
    methods: ['POST'],
    auth: true,
    params: [],
    handle({ state, account }) {
      if (!account) return fail(401, 'Invalid API key');
      // Same account and client id, new key; the old key stops working at once (§10.5).
      const fresh = state.rotateKey(account);
      return ok({
        code: 200,
        msg: 'success',
        data: { clientToken: fresh.apiKey, clientId: fresh.clientId, account: fresh.account, plan: fresh.plan },
      });
    },
  },

  '/system/smart/loginByGuest': {
    methods: ['POST'],
    auth: false,
    params: [req('username', 'String'), req('password', 'String')],
    handle({ state, params }) {
      const a = state.accounts.get(params.get('username') ?? '');
      if (!a) return { kind: 'http', status: 500, body: { code: 500, msg: 'User does not exist' } };
      if (params.get('password') !== a.passwordMd5) return { kind: 'http', status: 401, body: { code: 401, msg: 'Wrong password' } };
      const t = state.issueLegacyToken(a.account);
      return ok({ code: 200, msg: 'success', data: { clientId: a.clientId, sifelyToken: t.token } });
    },
  },
};
