import { asDigits, asNum } from './sanitize';
import type { RecordInfo } from './types';

/**
 * Receiving Sifely webhooks (§11). Sifely posts JSON with `records` as a JSON-encoded string
 * (staydesk); TTLock posts a form body (§11.2). Per §11.3 both bodies are accepted, `records` as a
 * string or an array, numbers as strings; the answer is HTTP 200 with the text `success`, which
 * satisfies both models. There is no signature (§11.1): authenticate by a secret URL path.
 */
export const WEBHOOK_REPLY = { status: 200, contentType: 'text/plain', body: 'success' } as const;

export interface WebhookRecord extends RecordInfo {
  lockMac?: string;
}

export interface WebhookNotice {
  /** 1 lock records; 3 Wi-Fi online/offline; 4 async command failure; 7 door sensor (§11.2). */
  notifyType: number;
  lockId: number;
  lockMac?: string;
  admin?: string;
  records: WebhookRecord[];
  /** Every top-level field as received, for notify types other than 1. */
  fields: Record<string, unknown>;
}

export class WebhookFormatError extends Error {
  override readonly name = 'WebhookFormatError';
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function recordOf(raw: unknown, fallbackLockId: number): WebhookRecord | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const lockId = asNum(r['lockId']);
  const fromLock = asNum(r['recordTypeFromLock']);
  const battery = asNum(r['electricQuantity']);
  const keyboardPwd = r['keyboardPwd'] === undefined || r['keyboardPwd'] === null ? undefined : asDigits(r['keyboardPwd']);
  return {
    lockId: Number.isFinite(lockId) ? lockId : fallbackLockId,
    ...(str(r['lockMac']) === undefined ? {} : { lockMac: str(r['lockMac']) }),
    recordType: asNum(r['recordType']),
    ...(Number.isFinite(fromLock) ? { recordTypeFromLock: fromLock } : {}),
    success: asNum(r['success']) === 1 ? 1 : 0,
    ...(str(r['username']) === undefined ? {} : { username: str(r['username']) }),
    ...(keyboardPwd === undefined ? {} : { keyboardPwd }),
    lockDate: asNum(r['lockDate']),
    serverDate: asNum(r['serverDate']),
    ...(Number.isFinite(battery) ? { electricQuantity: battery } : {}),
  };
}

/** Decodes one delivery. Throws WebhookFormatError (answer 400) when the body is not a notice at all. */
export function parseSifelyWebhook(body: string, contentType = ''): WebhookNotice {
  let fields: Record<string, unknown>;
  const looksJson = /json/i.test(contentType) || (!/x-www-form-urlencoded/i.test(contentType) && body.trim().startsWith('{'));
  if (looksJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new WebhookFormatError('webhook body is not valid JSON');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new WebhookFormatError('webhook body is not an object');
    fields = parsed as Record<string, unknown>;
  } else {
    fields = Object.fromEntries(new URLSearchParams(body));
  }
  const notifyType = asNum(fields['notifyType']);
  if (!Number.isFinite(notifyType)) throw new WebhookFormatError('webhook without notifyType');
  const lockId = asNum(fields['lockId']);
  let rawRecords: unknown = fields['records'] ?? [];
  if (typeof rawRecords === 'string') {
    try {
      rawRecords = rawRecords.trim() === '' ? [] : JSON.parse(rawRecords);
    } catch {
      throw new WebhookFormatError('webhook records is not a JSON array');
    }
  }
  if (!Array.isArray(rawRecords)) throw new WebhookFormatError('webhook records is not an array');
  return {
    notifyType,
    lockId,
    ...(str(fields['lockMac']) === undefined ? {} : { lockMac: str(fields['lockMac']) }),
    ...(str(fields['admin']) === undefined ? {} : { admin: str(fields['admin']) }),
    records: rawRecords.map((r) => recordOf(r, lockId)).filter((r): r is WebhookRecord => r !== null),
    fields,
  };
}
