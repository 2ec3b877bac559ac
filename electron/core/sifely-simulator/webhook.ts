import { createLogger } from '../log';
import type { SimLock, SimRecord } from './model';

const log = createLogger('sifely-sim');

export interface WebhookTarget {
  url: string;
  /** 'json' (Sifely per staydesk, default) or 'form' (TTLock callback style) (§11, §14 #25). */
  format?: 'json' | 'form';
}

/** Pushes one lock record as notifyType 1 with `records` as a JSON string (§11.1). Never throws. */
export async function pushRecord(target: WebhookTarget, record: SimRecord, lock: SimLock): Promise<void> {
  const fields = {
    notifyType: '1',
    lockId: String(lock.lockId),
    lockMac: lock.lockMac,
    admin: lock.admin,
    records: JSON.stringify([
      {
        lockId: record.lockId,
        lockMac: lock.lockMac,
        recordType: record.recordType,
        recordTypeFromLock: record.recordTypeFromLock,
        success: record.success,
        username: record.username,
        keyboardPwd: record.keyboardPwd,
        lockDate: record.lockDate,
        serverDate: record.serverDate,
        electricQuantity: record.electricQuantity,
      },
    ]),
  };
  const form = target.format === 'form';
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
      body: form ? new URLSearchParams(fields).toString() : JSON.stringify(fields),
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) log.warn(`webhook answered ${res.status}`);
  } catch (e) {
    log.warn('webhook delivery failed', e);
  }
}
