import { vi } from 'vitest';
import type { Desk } from '../../electron/core/desk';
import type { DeskBridge } from '../../shared/ipc/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * The renderer's store over a real desk: `window.desk` is a bridge to the desk's own dispatch (the
 * path IPC takes: validation, access levels), counting what each channel was asked. Each call
 * builds a fresh store (the store is a module singleton, as in the renderer).
 */
export async function storeOver(desk: Desk) {
  const asked = new Map<Channel, number>();
  const held = new Map<Channel, Promise<void>>();
  const heldOnce = new Map<Channel, Promise<void>>();
  const bridge: DeskBridge = {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
      asked.set(channel, (asked.get(channel) ?? 0) + 1);
      const answer = desk.dispatch(channel, request);
      const once = heldOnce.get(channel);
      heldOnce.delete(channel);
      await Promise.all([held.get(channel), once]);
      // Typed as the IPC and HTTP transports type it: the contract's reply for the channel asked.
      return (await answer) as IpcResult<ResponseOf<C>>;
    },
    on: (event, listener) => desk.on(event, listener),
  };
  vi.stubGlobal('window', { desk: bridge });
  vi.resetModules();
  const { useDesk } = await import('../../renderer/src/store');
  return {
    store: useDesk,
    asked: (channel: Channel): number => asked.get(channel) ?? 0,
    /** The next answers on `channel` reach the store only once released (the request itself reaches the desk at once). */
    hold: (channel: Channel): (() => void) => {
      let release!: () => void;
      held.set(
        channel,
        new Promise<void>((r) => (release = r)).then(() => void held.delete(channel)),
      );
      return release;
    },
    /** Only the next answer on `channel` waits for release: it can arrive after a later call's. */
    holdNext: (channel: Channel): (() => void) => {
      let release!: () => void;
      heldOnce.set(channel, new Promise<void>((r) => (release = r)));
      return release;
    },
  };
}
