import type { Channel, RequestOf, ResponseOf } from './contract';
import type { EventName, EventPayload } from './events';
import type { IpcResult } from './result';

/**
 * What the renderer sees as `window.desk`. The Electron preload and the preview's HTTP transport
 * both implement it, so the renderer cannot tell them apart.
 */
export interface DeskBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Returns an unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
