import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DeskBridge } from '../../shared/ipc/bridge';
import { isChannel, isEventName } from '../../shared/ipc/channels';
import { err } from '../../shared/ipc/result';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/transport';
import type { MessageKey } from '../../shared/messages';

/**
 * `window.desk`: the contract's channels only, never raw ipcRenderer. Main validates again; this
 * check just keeps a typo from leaving the renderer. The message is written out (its key checked
 * by type only) so the bundle carries neither the catalogue nor zod.
 */
const bridge: DeskBridge = {
  invoke(channel, request) {
    if (!isChannel(channel)) return Promise.resolve(err('invalid-request', { key: 'ipc.unknownRequest' satisfies MessageKey }));
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request);
  },
  on(event, listener) {
    if (!isEventName(event)) return () => {};
    const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.off(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('desk', bridge);
