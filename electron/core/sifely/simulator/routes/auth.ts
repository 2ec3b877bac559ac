import { fail, ok, opt, type Reply, type Route } from '../route-kit';

/**
 * Both login generations (§3): the Open API JSON login (`sk-` key, §10.1) and the legacy query
 * login (JWT, §10.2) share the path; the JSON body or the `username` parameter tells them apart.
 * Token refresh (§10.4), key rotation (§10.5) and the guest login (§10.6).
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
        if (!a || body.password !== a.passwordMd5) return { kind: 'http', status: 401, body: { code: 401, msg: 'Invalid account or password' } };
        const data = { clientToken: a.apiKey, clientId: a.clientId, account: a.account, plan: a.plan, subscriptionStatus: a.planActive ? 'ACTIVE' : 'INACTIVE', lockNum: [...state.locks.values()].filter((l) => l.admin === a.account).length };
        return ok(state.settings.unwrappedLogin ? data : { code: 200, msg: 'success', data });
      }
      // Legacy (§3.2): everything in the query; wrong credentials still answer HTTP 200.
      if (!params.get('client_id')) return fail(10000, 'client_id does not exist');
      const a = state.accounts.get(params.get('username') ?? '');
      if (!a || params.get('password') !== a.passwordMd5) return { kind: 'ok', body: { code: 401, message: 'Incorrect username or password' } };
      const t = state.issueLegacyToken(a.account);
      return ok({ code: 200, message: 'Operation success!', data: { token: t.token, refreshToken: t.refreshToken, expires_in: String(t.expiresIn) } });
    },
  },

  '/system/smart/oauthToken': {
    methods: ['POST'],
    auth: false,
    params: [
      { name: 'client_id', type: 'String', required: true },
      { name: 'grant_type', type: 'String', required: true },
      opt('refresh_token', 'String'),
      opt('code', 'String'),
    ],
    handle({ state, params }): Reply {
      if (params.get('grant_type') !== 'refresh_token') return fail(10010, 'unsupported grant_type');
      const rt = params.get('refresh_token') ?? '';
      const account = state.refreshTokens.get(rt);
      if (!account) return fail(10011, 'invalid refresh_token');
      state.refreshTokens.delete(rt);
      const t = state.issueLegacyToken(account);
      // OauthDTO (§3.5): top level, no wrapper.
      return ok({ access_token: t.token, refresh_token: t.refreshToken, expires_in: t.expiresIn, token_type: 'Bearer', scope: 'user', uid: 1 });
    },
  },

  '/client/roll-token': {
    methods: ['POST'],
    auth: true,
    params: [],
    handle({ state, account }) {
      if (!account) return fail(401, 'Invalid API key');
      const fresh = state.addAccount(account.account, account.passwordMd5, { plan: account.plan, planActive: account.planActive });
      return ok({ code: 200, msg: 'success', data: { clientToken: fresh.apiKey, clientId: fresh.clientId, account: fresh.account, plan: fresh.plan } });
    },
  },

  '/system/smart/loginByGuest': {
    methods: ['POST'],
    auth: false,
    params: [{ name: 'username', type: 'String', required: true }, { name: 'password', type: 'String', required: true }],
    handle({ state, params }) {
      const a = state.accounts.get(params.get('username') ?? '');
      if (!a) return { kind: 'http', status: 500, body: { code: 500, msg: 'User does not exist' } };
      if (params.get('password') !== a.passwordMd5) return { kind: 'http', status: 401, body: { code: 401, msg: 'Wrong password' } };
      const t = state.issueLegacyToken(a.account);
      return ok({ code: 200, msg: 'success', data: { clientId: a.clientId, sifelyToken: t.token } });
    },
  },
};
