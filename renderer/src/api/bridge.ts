import type { DeskBridge } from '../../../shared/ipc/bridge';
import type { EventName } from '../../../shared/ipc/events';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { err, type IpcResult } from '../../../shared/ipc/result';
import { msg, type Message } from '../../../shared/messages';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser (preview), where HTTP is used instead. */
    desk?: DeskBridge;
  }
}

/**
 * The preview transport: the same contract over HTTP and server-sent events to the loopback
 * server that serves this page. It never throws: a network failure is an IpcResult like any other.
 */
function createHttpBridge(): DeskBridge {
  let source: EventSource | null = null;
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
      try {
        const res = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
        });
        if (!res.ok) return fail(msg('ipc.serviceAnswered', { status: res.status }));
        return (await res.json()) as IpcResult<ResponseOf<C>>;
      } catch {
        return fail(msg('ipc.serviceUnreachable'));
      }
    },
    on(event: EventName, listener) {
      source ??= new EventSource('/api/events');
      const handler = (e: MessageEvent<string>): void => listener(JSON.parse(e.data) as Parameters<typeof listener>[0]);
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
    },
  };
}

const fail = (m: Message): IpcResult<never> => err('unavailable', m);

export const desk: DeskBridge = window.desk ?? createHttpBridge();
