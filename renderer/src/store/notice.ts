import type { IpcErr } from '../../../shared/ipc/result';
import type { WireMessage } from '../../../shared/messages';

export type NoticeTone = 'info' | 'success' | 'error';

/** A message for the clerk, worded when shown, so switching language re-words it. */
export interface Notice {
  tone: NoticeTone;
  msg: WireMessage;
}

/** A failed call as an error notice, keeping the core's message for a later language switch. */
export const failureNotice = (r: IpcErr): Notice => ({ tone: 'error', msg: r.msg });
