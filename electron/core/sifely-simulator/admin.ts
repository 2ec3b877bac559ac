import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { md5Hex } from '../sifely/md5';
import { sendJson } from './http';
import { enterPasscode, tapCard } from './lock-actions';
import { DEFAULT_SETTINGS } from './model';
import type { Sim } from './sim';

/**
 * Admin surface for tests, demo mode and training, on the simulator's own port under `/__admin/`.
 * Not part of the Sifely API: the desk's client never calls it.
 */

const SeedSchema = z.object({
  accounts: z
    .array(
      z.object({
        account: z.string().min(1),
        password: z.string().optional(),
        passwordMd5: z.string().optional(),
        plan: z.string().optional(),
        planActive: z.boolean().optional(),
      }),
    )
    .default([]),
  locks: z
    .array(
      z.object({
        admin: z.string().min(1),
        lockAlias: z.string().min(1),
        hasGateway: z.boolean().optional(),
        gatewayOnline: z.boolean().optional(),
        gatewayId: z.number().int().optional(),
        electricQuantity: z.number().int().min(0).max(100).optional(),
        timezoneRawOffset: z.number().int().optional(),
        remoteEnable: z.boolean().optional(),
      }),
    )
    .default([]),
});
export type SeedBody = z.infer<typeof SeedSchema>;

const FaultSchema = z.object({
  path: z.string().optional(),
  method: z.enum(['GET', 'POST']).optional(),
  latencyMs: z.number().min(0).max(120_000).optional(),
  rate: z.number().min(0).max(1).optional(),
  error: z.object({ status: z.number().int().min(100).max(599).optional(), body: z.unknown() }).optional(),
  drop: z.enum(['destroy', 'withhold']).optional(),
  times: z.number().int().min(1).optional(),
});

const SettingsSchema = z
  .object({
    wrappedReads: z.boolean(),
    noGatewayStyle: z.enum(['code', 'http400']),
    businessErrorStyle: z.enum(['wrapper', 'errcode']),
    gatewayBusyRate: z.number().min(0).max(1),
    unwrappedLogin: z.boolean(),
    staleDateStyle: z.enum(['errcode', 'http500']),
    dateHeader: z.boolean(),
    rateLimitPerMinute: z.number().int().min(0),
    cardChangePeriod: z.boolean(),
    legacyTokenTtlSec: z.number().int().min(1),
    customPasscodeCapacity: z.number().int().min(0),
    cardCapacity: z.number().int().min(0),
  })
  .partial();

const DoorSchema = z.object({
  lockId: z.number().int(),
  passcode: z.string().regex(/^\d+$/).optional(),
  card: z.string().regex(/^\d+$/).optional(),
  at: z.number().optional(),
});
const GatewaySchema = z.object({
  gatewayId: z.number().int(),
  online: z.boolean().optional(),
  offlineFrom: z.number().optional(),
  offlineUntil: z.number().optional(),
});
const LockPatchSchema = z.object({
  lockId: z.number().int(),
  isFrozen: z.boolean().optional(),
  remoteEnable: z.boolean().optional(),
  electricQuantity: z.number().int().min(0).max(100).optional(),
  hasOfflineData: z.boolean().optional(),
  hasGateway: z.boolean().optional(),
  gatewayOnline: z.boolean().optional(),
});
const AccountPatchSchema = z.object({ account: z.string(), planActive: z.boolean() });
const WebhookSchema = z.object({ url: z.string().url().nullable(), format: z.enum(['json', 'form']).optional() });

function body<T>(schema: z.ZodType<T>, raw: string): T {
  const parsed = schema.safeParse(raw.trim() ? JSON.parse(raw) : {});
  if (!parsed.success) throw new AdminInputError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
class AdminInputError extends Error {}

/** A JSON-safe picture of the whole cloud and its locks. */
function snapshot(sim: Sim) {
  const s = sim.state;
  return {
    settings: s.settings,
    accounts: [...s.accounts.values()].map((a) => ({ account: a.account, clientId: a.clientId, plan: a.plan, planActive: a.planActive })),
    locks: [...s.locks.values()].map((l) => ({ ...l, gatewayIds: s.gatewaysOf(l.lockId).map((g) => g.gatewayId) })),
    gateways: [...s.gateways.values()].map((g) => ({ ...g, isOnline: s.gatewayIsOnline(g), locks: [...g.locks.keys()] })),
    passcodes: [...s.passcodes.values()],
    cards: [...s.cards.values()],
    records: s.records,
    faults: sim.faults.list(),
  };
}

export function handleAdmin(sim: Sim, method: string, url: URL, raw: string, res: ServerResponse): void {
  try {
    route(sim, method, url, raw, res);
  } catch (e) {
    const status = e instanceof AdminInputError || e instanceof SyntaxError ? 400 : 500;
    sendJson(res, status, { error: e instanceof Error ? e.message : String(e) });
  }
}

function route(sim: Sim, method: string, url: URL, raw: string, res: ServerResponse): void {
  const s = sim.state;
  const q = url.searchParams;
  switch (`${method} ${url.pathname}`) {
    case 'GET /__admin/can-open': {
      const lockId = Number(q.get('lockId'));
      const at = q.has('at') ? Number(q.get('at')) : s.now();
      const passcode = q.get('passcode');
      const credential = passcode !== null ? { passcode } : { card: q.get('card') ?? '' };
      return sendJson(res, 200, { canOpen: s.canOpen(lockId, credential, at) });
    }
    case 'GET /__admin/state':
      return sendJson(res, 200, snapshot(sim));
    case 'POST /__admin/reset':
      s.reset();
      sim.faults.clear();
      sim.calls.clear();
      return sendJson(res, 200, { ok: true });
    case 'POST /__admin/seed': {
      const seed = body(SeedSchema, raw);
      const accounts = seed.accounts.map((a) => {
        const acc = s.addAccount(a.account, a.passwordMd5 ?? md5Hex(a.password ?? ''), {
          ...(a.plan ? { plan: a.plan } : {}),
          ...(a.planActive === undefined ? {} : { planActive: a.planActive }),
        });
        return { account: acc.account, apiKey: acc.apiKey, clientId: acc.clientId };
      });
      const locks = seed.locks.map(({ admin, ...l }) => {
        const lock = s.addLock(admin, l);
        return { lockId: lock.lockId, lockAlias: lock.lockAlias, gatewayIds: s.gatewaysOf(lock.lockId).map((g) => g.gatewayId) };
      });
      return sendJson(res, 200, { accounts, locks });
    }
    case 'GET /__admin/faults':
      return sendJson(res, 200, sim.faults.list());
    case 'POST /__admin/faults':
      return sendJson(res, 200, { id: sim.faults.add(body(FaultSchema, raw)) });
    case 'DELETE /__admin/faults':
      sim.faults.clear();
      return sendJson(res, 200, { ok: true });
    case 'POST /__admin/settings':
      Object.assign(s.settings, body(SettingsSchema, raw));
      return sendJson(res, 200, s.settings);
    case 'DELETE /__admin/settings':
      Object.assign(s.settings, DEFAULT_SETTINGS);
      return sendJson(res, 200, s.settings);
    case 'POST /__admin/keypad':
    case 'POST /__admin/card-tap': {
      const d = body(DoorSchema, raw);
      if (!s.locks.has(d.lockId)) return sendJson(res, 404, { error: `no lock ${d.lockId}` });
      const at = d.at ?? s.now();
      if (url.pathname.endsWith('keypad')) {
        if (!d.passcode) throw new AdminInputError('passcode: required');
        return sendJson(res, 200, enterPasscode(s, d.lockId, d.passcode, at));
      }
      if (!d.card) throw new AdminInputError('card: required');
      return sendJson(res, 200, tapCard(s, d.lockId, d.card, at));
    }
    case 'POST /__admin/gateway': {
      const g = body(GatewaySchema, raw);
      const gw = s.gateways.get(g.gatewayId);
      if (!gw) return sendJson(res, 404, { error: `no gateway ${g.gatewayId}` });
      if (g.online !== undefined) gw.online = g.online;
      if (g.offlineFrom !== undefined) s.scheduleGatewayOffline(g.gatewayId, g.offlineFrom, g.offlineUntil);
      return sendJson(res, 200, { gatewayId: gw.gatewayId, isOnline: s.gatewayIsOnline(gw) });
    }
    case 'POST /__admin/lock': {
      const { lockId, ...patch } = body(LockPatchSchema, raw);
      const lock = s.locks.get(lockId);
      if (!lock) return sendJson(res, 404, { error: `no lock ${lockId}` });
      Object.assign(lock, patch);
      return sendJson(res, 200, { ok: true });
    }
    case 'POST /__admin/account': {
      const a = body(AccountPatchSchema, raw);
      const acc = s.accounts.get(a.account);
      if (!acc) return sendJson(res, 404, { error: `no account ${a.account}` });
      acc.planActive = a.planActive;
      return sendJson(res, 200, { ok: true });
    }
    case 'POST /__admin/webhook': {
      const w = body(WebhookSchema, raw);
      sim.webhook.target = w.url ? { url: w.url, format: w.format ?? 'json' } : null;
      return sendJson(res, 200, { target: sim.webhook.target });
    }
    default:
      return sendJson(res, 404, { error: `unknown admin path ${method} ${url.pathname}` });
  }
}
