import type { IpcErr } from '../../../shared/ipc/result';
import type { WireMessage } from '../../../shared/messages';

export type NoticeTone = 'info' | 'success' | 'error';

/**
 * A message for the clerk. Either a catalogue key (translated when shown, so switching language
 * re-words it) or a sentence from the core: `text` as worded when it came, and `msg` (the core's
 * catalogue message) so it is worded again if the clerk switches language while it shows.
 */
export type Notice = { tone: NoticeTone; key: string; params?: Record<string, string | number> } | { tone: NoticeTone; text: string; msg?: WireMessage };

/** A failed call as an error notice, keeping the core's message for a later language switch. */
export const failureNotice = (r: IpcErr): Notice => ({ tone: 'error', text: r.message, ...(r.msg ? { msg: r.msg } : {}) });
