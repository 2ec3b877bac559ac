import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { EVENT_NAMES } from '../../shared/ipc/channels';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/transport';
import { err } from '../../shared/ipc/result';
import { msg } from '../../shared/messages';
import type { Desk } from '../core/desk';
import { createLogger } from '../core/log';
import { isTrustedSenderUrl } from './policy';

const log = createLogger('ipc-main');

/** Only our own page, loaded from app://, may talk to the core (Electron security checklist #17). */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  // Comparing `new URL(url).origin` here refused everything: Node gives app:// an opaque "null"
  // origin. policy.ts compares scheme and host instead, and is unit-tested.
  // Top frame only: the CSP already forbids frames, this keeps an injected one from talking.
  return !!frame && frame.parent === null && isTrustedSenderUrl(frame.url);
}

export function bindDeskToIpc(desk: Desk, target: () => WebContents | null): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      log.warn(`refused IPC from ${event.senderFrame?.url ?? 'unknown frame'}`);
      return err('forbidden', msg('ipc.forbiddenWindow'));
    }
    return desk.dispatch(channel, payload);
  });
  const unsubscribe = EVENT_NAMES.map((name) =>
    desk.on(name, (payload) => {
      const wc = target();
      if (wc && !wc.isDestroyed()) wc.send(EVENT_CHANNEL, name, payload);
    }),
  );
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    unsubscribe.forEach((u) => u());
  };
}
