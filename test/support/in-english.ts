import type { IpcResult } from '../../shared/ipc/result';
import { english, type WireMessage } from '../../shared/messages';

/** An IPC result with its failure worded in English beside it, so a test can assert the sentence an English-speaking clerk reads. */
export const inEnglish = <T>(r: IpcResult<T>): IpcResult<T> | (IpcResult<T> & { message: string }) =>
  r.ok ? r : { ...r, message: english(r.msg) };

const isMessage = (v: object): v is WireMessage =>
  typeof (v as { key?: unknown }).key === 'string' && Object.keys(v).every((k) => k === 'key' || k === 'params');

/** The value with every message in it (at any depth) replaced by its English wording, as an English-speaking clerk reads it. */
export function worded(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(worded);
  if (v !== null && typeof v === 'object')
    return isMessage(v) ? english(v) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, worded(x)]));
  return v;
}
