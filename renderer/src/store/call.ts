import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { desk } from '../api/bridge';

/** A store action that is one request to main; the screen that asked words the reply (an IpcResult, never an exception). */
export type Call<C extends Channel> = (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** A slice's plain request, for actions with nothing to keep: the components still never call invoke. */
export const call =
  <C extends Channel>(channel: C): Call<C> =>
  (request) =>
    desk.invoke(channel, request);
