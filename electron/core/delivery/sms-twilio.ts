import type { DeliverySettings } from '../../../shared/domain/delivery';
import { msg } from '../../../shared/messages';
import type { HttpFetch } from '../net/http-fetch';
import type { SendOutcome, SmsProvider } from './transport';

const TIMEOUT_MS = 15_000;
/** Twilio's codes for a number that cannot take this message (invalid, not mobile, opted out, unreachable). */
const BAD_NUMBER = new Set([21211, 21214, 21408, 21610, 21612, 21614, 21635]);

/**
 * Twilio's Messages API (POST /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP basic auth with
 * the account SID and auth token, form fields To, From, Body; 201 with the message's `sid`; errors
 * as JSON `{ code, message, more_info, status }`). `baseUrl` names a compatible provider or a test server.
 */
export function createTwilioProvider(sms: DeliverySettings['sms'], token: string | null, httpFetch: HttpFetch): SmsProvider {
  const url = `${sms.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(sms.accountSid)}/Messages.json`;
  const auth = `Basic ${Buffer.from(`${sms.accountSid}:${token ?? ''}`).toString('base64')}`;
  return {
    async send(to: string, body: string): Promise<SendOutcome> {
      let res: Response;
      try {
        res = await httpFetch(url, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ To: to, From: sms.from, Body: body }).toString(),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (e) {
        const detail = e instanceof Error ? ((e.cause as { code?: string } | undefined)?.code ?? e.name) : String(e);
        return { kind: 'retry', reason: msg('delivery.smsUnreachable', { detail }) };
      }
      let json: { sid?: unknown; code?: unknown; message?: unknown } = {};
      try {
        json = (await res.json()) as typeof json;
      } catch {
        // A proxy's HTML page or an empty answer: the status alone decides.
      }
      if (res.ok) return { kind: 'sent', providerId: typeof json.sid === 'string' ? json.sid : null };
      const said = typeof json.message === 'string' ? json.message.slice(0, 200) : `HTTP ${res.status}`;
      const code = typeof json.code === 'number' ? json.code : 0;
      if (res.status === 429) {
        const after = Number(res.headers.get('retry-after'));
        return {
          kind: 'retry',
          reason: msg('delivery.smsRateLimited'),
          ...(Number.isFinite(after) && after > 0 ? { minDelayMs: Math.min(after, 600) * 1000 } : {}),
        };
      }
      if (res.status >= 500) return { kind: 'retry', reason: msg('delivery.smsServer', { status: res.status }) };
      if (res.status === 401 || res.status === 403) return { kind: 'failed', reason: msg('delivery.smsAuth') };
      if (BAD_NUMBER.has(code)) return { kind: 'bounced', reason: msg('delivery.smsBadNumber', { recipient: to, reply: said }) };
      return { kind: 'failed', reason: msg('delivery.smsRefused', { reply: said }) };
    },
  };
}
