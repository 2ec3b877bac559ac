import type { SimCard } from '../model';
import {
  pageParams,
  fail,
  gatewayProblem,
  has,
  int,
  isReply,
  lockOf,
  ok,
  opt,
  page,
  req,
  yes,
  type Route,
  type RouteContext,
  type Reply,
} from '../route-kit';
import { reverseCardNumber } from '../rules';

/** IC cards: list (§10.24), assign plain / reversed (§10.25, §12), delete (§10.26), period change (§10.33, switch). */

function addCard(reversed: boolean): Route {
  return {
    methods: ['POST'],
    auth: true,
    params: [
      req('lockId', 'Long'),
      req('cardNumber', 'String'),
      opt('cardName', 'String'),
      opt('startDate', 'Long'),
      opt('endDate', 'Long'),
      opt('addType', 'Integer'),
      opt('cardType', 'Integer'),
      opt('cyclicConfig', 'String'),
    ],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const given = params.get('cardNumber') ?? '';
      if (!/^\d{1,20}$/.test(given)) return fail(-3, 'Invalid parameter: cardNumber');
      const cardNumber = reversed ? reverseCardNumber(given) : given;
      const startDate = int(params, 'startDate');
      const endDate = int(params, 'endDate');
      if (endDate !== 0 && startDate >= endDate) return fail(-3, 'Invalid parameter: startDate/endDate');
      const onLockCount = [...state.cards.values()].filter((c) => c.lockId === lock.lockId && (c.inCloud || c.lock)).length;
      if (onLockCount >= state.settings.cardCapacity) return fail(-4056, 'Storage is full');
      const addType = int(params, 'addType', 1);
      if (addType !== 1) {
        const problem = gatewayProblem(state, lock);
        if (problem) return problem;
      }
      const card: SimCard = {
        cardId: state.id(),
        lockId: lock.lockId,
        cardNumber,
        cardName: params.get('cardName') ?? '',
        startDate,
        endDate,
        createDate: state.now(),
        senderUsername: account?.account ?? '',
        inCloud: true,
        lock: addType === 1 ? null : { secret: cardNumber, startDate, endDate },
      };
      state.cards.set(card.cardId, card);
      return ok({ cardId: card.cardId });
    },
  };
}

function cardOf(ctx: RouteContext): { card: SimCard } | Reply {
  const lock = lockOf(ctx.state, ctx.params, ctx.account);
  if (isReply(lock)) return lock;
  const card = ctx.state.cards.get(int(ctx.params, 'cardId'));
  if (!card || card.lockId !== lock.lockId || !card.inCloud) return fail(-1021, 'IC card does not exist');
  return { card };
}

export const cardRoutes: Record<string, Route> = {
  '/v3/identityCard/list': {
    methods: ['GET'],
    auth: true,
    params: [req('lockId', 'Long'), ...pageParams('Integer', 'Integer'), opt('searchStr', 'String'), opt('orderBy', 'Integer')],
    handle({ state, params, account }) {
      const lock = lockOf(state, params, account);
      if (isReply(lock)) return lock;
      const search = params.get('searchStr') ?? '';
      return page(
        state
          .cardsOf(lock.lockId)
          .filter((c) => c.cardName.includes(search) || c.cardNumber.includes(search))
          .map((c) => ({
            cardId: c.cardId,
            lockId: c.lockId,
            cardNumber: c.cardNumber,
            cardName: c.cardName,
            startDate: c.startDate,
            endDate: c.endDate,
            createDate: c.createDate,
            status: c.endDate !== 0 && c.endDate <= state.now() ? 2 : 1,
            senderUsername: c.senderUsername,
            cardType: 1,
          })),
        params,
      );
    },
  },

  '/v3/identityCard/add': addCard(false),
  '/v3/identityCard/addForReversedCardNumber': addCard(true),

  '/v3/identityCard/delete': {
    methods: ['POST'],
    auth: true,
    params: [req('lockId', 'Long'), req('cardId', 'Long'), req('deleteType', 'Integer')],
    handle(ctx) {
      const found = cardOf(ctx);
      if (isReply(found)) return found;
      const { card } = found;
      if (int(ctx.params, 'deleteType') !== 1) {
        const problem = gatewayProblem(ctx.state, ctx.state.locks.get(card.lockId)!);
        if (problem) return problem;
        card.lock = null;
      }
      // deleteType 1: the card leaves the list but keeps opening the lock until endDate (§10.26).
      card.inCloud = false;
      return yes();
    },
  },

  '/v3/identityCard/changePeriod': {
    // Not in Sifely's navigation (§10.33): answers 404 unless the switch offers it.
    enabled: (state) => state.settings.cardChangePeriod,
    methods: ['POST'],
    auth: true,
    params: [req('lockId', 'Long'), req('cardId', 'Long'), req('startDate', 'Long'), req('endDate', 'Long'), opt('changeType', 'Integer')],
    handle(ctx) {
      const found = cardOf(ctx);
      if (isReply(found)) return found;
      const { card } = found;
      const startDate = int(ctx.params, 'startDate');
      const endDate = int(ctx.params, 'endDate');
      if (!has(ctx.params, 'endDate') || (endDate !== 0 && startDate >= endDate)) return fail(-3, 'Invalid parameter: startDate/endDate');
      if (int(ctx.params, 'changeType', 1) !== 1) {
        const problem = gatewayProblem(ctx.state, ctx.state.locks.get(card.lockId)!);
        if (problem) return problem;
        if (card.lock) card.lock = { secret: card.cardNumber, startDate, endDate };
      }
      card.startDate = startDate;
      card.endDate = endDate;
      return yes();
    },
  },
};
