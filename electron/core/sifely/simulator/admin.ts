import type { ServerResponse } from 'node:http';
import { sendJson } from './http';
import type { SimState } from './state';

/**
 * Admin surface for tests, demo mode and training, on the simulator's own port. Not part of the
 * Sifely API: nothing in the desk's client ever calls it.
 */
export function handleAdmin(state: SimState, url: URL, _raw: string, res: ServerResponse): void {
  switch (url.pathname) {
    case '/__admin/can-open': {
      const lockId = Number(url.searchParams.get('lockId'));
      const card = url.searchParams.get('card') ?? '';
      const at = Number(url.searchParams.get('at') ?? state.now());
      return sendJson(res, 200, { canOpen: state.canOpen(lockId, { card }, at) });
    }
    case '/__admin/state':
      return sendJson(res, 200, {
        locks: [...state.locks.values()],
        cards: [...state.cards.values()],
        ghostCards: state.ghostCards,
      });
    default:
      return sendJson(res, 404, { error: `unknown admin path ${url.pathname}` });
  }
}
