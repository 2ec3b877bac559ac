import { isChannel } from '../../../shared/ipc/channels';
import { type Channel, contract, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { err, ok, type IpcErr, type IpcErrorCode, type IpcResult } from '../../../shared/ipc/result';
import { isMessageKey, msg, type Message, type WireMessage } from '../../../shared/messages';
import { joinMessages } from '../../../shared/messages/join';
import { createLogger } from '../log';
import { isSifelyError } from '../sifely/errors';
import { DeskError } from './desk-error';

const log = createLogger('ipc');

export type Handler<C extends Channel> = (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** One handler per channel; a missing one is a compile error where the table `satisfies` this. */
export type DeskHandlers = { [C in Channel]: Handler<C> };

/**
 * A service's part of the handler table, typed from the contract by its keys alone: a key that is
 * not a channel of the contract is a compile error, and each handler's request and response are
 * the channel's schemas.
 */
export function handlersFor<C extends Channel>(part: { [K in C]: Handler<K> }): { [K in C]: Handler<K> } {
  return part;
}

export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * The single entry point both transports (ipcMain and the preview's HTTP) call. It validates the
 * channel and payload against the contract, runs the handler, and turns every outcome into an
 * IpcResult: nothing thrown here ever reaches the renderer.
 */
export function createDispatcher(handlers: DeskHandlers): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return fail('invalid-request', msg('ipc.unknownRequest'));
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      log.warn(`rejected payload on ${channel}`, parsed.error.issues);
      return fail('invalid-request', msg('ipc.invalidRequest', { details: issuesMessage(parsed.error.issues.map((i) => i.message)) }));
    }
    try {
      const handler = handlers[channel] as (r: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof DeskError) return err(e.code, e.msg);
      if (isSifelyError(e)) return err('sifely', e.staffMsg);
      log.error(`handler ${channel} failed`, e);
      return fail('internal', msg('ipc.internal'));
    }
  };
}

const fail = (code: IpcErrorCode, m: Message): IpcErr => err(code, m);

/**
 * The schema's complaints as one message: a field rule written as a catalogue key (fieldRule) is
 * worded in the clerk's language; zod's own texts (types, lengths) stay as zod wrote them.
 */
function issuesMessage(texts: readonly string[]): WireMessage {
  const parts = texts.map((t): WireMessage => (isMessageKey(t) ? { key: t } : msg('ipc.text', { text: t })));
  return joinMessages(parts, 'clauses') ?? msg('ipc.text', { text: '' });
}

export type { Channel, RequestOf, ResponseOf };
