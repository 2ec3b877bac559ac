import { type Channel, contract, isChannel, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import { err, ok, type IpcResult } from '../../../shared/ipc/result';
import { createLogger } from '../log';
import { isSifelyError } from '../sifely/errors';
import { DeskError } from './desk-error';

const log = createLogger('ipc');

/** One handler per channel; a missing one is a compile error where the table `satisfies` this. */
export type DeskHandlers = { [C in Channel]: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };

export type Dispatch = (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;

/**
 * The single entry point both transports (ipcMain and the preview's HTTP) call. It validates the
 * channel and payload against the contract, runs the handler, and turns every outcome into an
 * IpcResult: nothing thrown here ever reaches the renderer.
 */
export function createDispatcher(handlers: DeskHandlers): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return err('invalid-request', 'Unknown request.');
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) {
      log.warn(`rejected payload on ${channel}`, parsed.error.issues);
      return err('invalid-request', `Invalid request: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    }
    try {
      const handler = handlers[channel] as (r: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      if (e instanceof DeskError) return err(e.code, e.message);
      if (isSifelyError(e)) return err('sifely', e.staffMessage);
      log.error(`handler ${channel} failed`, e);
      return err('internal', 'Something went wrong at the desk. The details were logged; please try again.');
    }
  };
}

export type { Channel, RequestOf, ResponseOf };
