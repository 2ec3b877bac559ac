import { isSifelyError } from '../errors';
import { unexpected, type CallOptions } from '../transport';
import { collectPages, asPage } from '../paging';
import { asDigits, asNum } from '../sanitize';
import type { AddCardParams, CardInfo, ChangeCardPeriodParams, Page, WriteMode } from '../types';
import { record, type Call } from './call';

const cardItem = (raw: Record<string, unknown>): CardInfo => ({
  ...raw,
  cardId: asNum(raw['cardId']),
  lockId: asNum(raw['lockId']),
  cardNumber: asDigits(raw['cardNumber']),
  startDate: asNum(raw['startDate']) || 0,
  endDate: asNum(raw['endDate']) || 0,
});

/** IC cards: assign (§10.25, plain or reversed), delete (§10.26), list (§10.24), period change (§10.33). */
export function cardEndpoints(call: Call) {
  /** Unknown until first tried: `/v3/identityCard/changePeriod` is a TTLock path not in Sifely's navigation. */
  let changePeriodAvailable: boolean | null = null;

  async function listCards(lockId: number, pageNo = 1, pageSize = 100, opts?: CallOptions): Promise<Page<CardInfo>> {
    return asPage(await call('GET', '/v3/identityCard/list', { lockId, pageNo, pageSize }, 'read', opts), cardItem);
  }

  async function addCard(p: AddCardParams, opts?: CallOptions): Promise<{ cardId: number }> {
    const path = p.reversed ? '/v3/identityCard/addForReversedCardNumber' : '/v3/identityCard/add';
    const payload = record(
      await call(
        'POST',
        path,
        {
          lockId: p.lockId,
          cardNumber: p.cardNumber,
          cardName: p.cardName,
          startDate: p.startDate,
          endDate: p.endDate,
          addType: p.addType ?? 2,
          cardType: p.cardType,
          cyclicConfig: p.cyclicConfig,
        },
        'write',
        opts,
      ),
    );
    const cardId = asNum(payload['cardId']);
    if (!Number.isFinite(cardId)) throw unexpected('add card', payload).asUnclear();
    return { cardId };
  }

  async function deleteCard(lockId: number, cardId: number, opts?: CallOptions & { deleteType?: WriteMode }): Promise<void> {
    // deleteType 2 really revokes; 1 leaves the card working until its end date (§10.26, §12).
    await call('POST', '/v3/identityCard/delete', { lockId, cardId, deleteType: opts?.deleteType ?? 2 }, 'write', opts);
  }

  return {
    addCard,
    deleteCard,
    listCards,
    listAllCards: (lockId: number, opts?: CallOptions) => collectPages((n, s) => listCards(lockId, n, s, opts)),

    /**
     * New validity for a card. Uses `changePeriod` where the service offers it; when it answers 404
     * the card is deleted on the lock and assigned again (new `cardId`, `replaced: true`).
     */
    async changeCardPeriod(p: ChangeCardPeriodParams, opts?: CallOptions): Promise<{ cardId: number; replaced: boolean }> {
      if (changePeriodAvailable !== false) {
        try {
          await call(
            'POST',
            '/v3/identityCard/changePeriod',
            { lockId: p.lockId, cardId: p.cardId, startDate: p.startDate, endDate: p.endDate, changeType: 2 },
            'write',
            opts,
          );
          changePeriodAvailable = true;
          return { cardId: p.cardId, replaced: false };
        } catch (e) {
          if (!(isSifelyError(e) && e.kind === 'not-found' && e.code === 404)) throw e;
          changePeriodAvailable = false;
        }
      }
      await deleteCard(p.lockId, p.cardId, opts);
      const { cardId } = await addCard(
        {
          lockId: p.lockId,
          cardNumber: p.cardNumber,
          cardName: p.cardName,
          startDate: p.startDate,
          endDate: p.endDate,
          reversed: p.reversed,
        },
        opts,
      );
      return { cardId, replaced: true };
    },
  };
}
