import type { SifelyClient } from '../sifely/client';
import type { AddCardParams } from '../sifely/types';
import type { CardForDoor, LockCloud, Priority } from './lock-cloud';

/**
 * The Sifely client behind the desk's LockCloud port. Passcodes are always custom timed codes
 * (`keyboardPwdType` 3) and offline codes period codes (3, never 2, §14 #15); every write goes
 * through the gateway (`*Type` 2) so the lock itself changes, not only the cloud record (§9.2).
 */
/** A card add through the gateway (`addType` 2), so the lock itself learns the card (§9.2). */
function cardToAdd(p: CardForDoor): AddCardParams {
  return {
    lockId: p.lockId,
    cardNumber: p.cardNumber,
    cardName: p.label,
    startDate: p.startMs,
    endDate: p.endMs,
    reversed: p.reversed,
    addType: 2,
  };
}

export function sifelyLockCloud(client: SifelyClient): LockCloud {
  const o = (priority: Priority) => ({ priority });
  return {
    async addCard(p, priority) {
      return client.addCard(cardToAdd(p), o(priority));
    },
    async deleteCard(lockId, cardId, priority) {
      await client.deleteCard(lockId, cardId, { ...o(priority), deleteType: 2 });
    },
    async changeCardPeriod(p, priority) {
      // Without `changePeriod` the client deletes and re-adds (new id). If an earlier attempt was
      // cut off between the two, the card is found by its label, or added again from scratch.
      const cards = await client.listAllCards(p.lockId, o(priority));
      const card = cards.find((c) => c.cardId === p.cardId) ?? cards.find((c) => c.cardName === p.label);
      if (!card) {
        const { cardId } = await client.addCard(cardToAdd(p), o(priority));
        return { cardId };
      }
      const { cardId } = await client.changeCardPeriod(
        {
          lockId: p.lockId,
          cardId: card.cardId,
          cardNumber: p.cardNumber,
          cardName: p.label,
          startDate: p.startMs,
          endDate: p.endMs,
          reversed: p.reversed,
        },
        o(priority),
      );
      return { cardId };
    },
    async listCards(lockId, priority) {
      return (await client.listAllCards(lockId, o(priority))).map((c) => ({
        cardId: c.cardId,
        cardNumber: c.cardNumber,
        label: c.cardName ?? '',
        startMs: c.startDate,
        endMs: c.endDate,
      }));
    },
    async addCustomCode(p, priority) {
      const { keyboardPwdId } = await client.addPasscode(
        {
          lockId: p.lockId,
          keyboardPwd: p.digits,
          keyboardPwdName: p.label,
          keyboardPwdType: 3,
          startDate: p.startMs,
          endDate: p.endMs,
          addType: 2,
        },
        o(priority),
      );
      return { codeId: keyboardPwdId };
    },
    async getOfflineCode(p, priority) {
      // keyboardPwdVersion 4: older TTLock requires it and the live Sifely client does fine without
      // it (§10.10), so sending it is the reading both accept.
      const r = await client.getOfflinePasscode(
        { lockId: p.lockId, keyboardPwdType: 3, keyboardPwdName: p.label, startDate: p.startMs, endDate: p.endMs, keyboardPwdVersion: 4 },
        o(priority),
      );
      return { codeId: r.keyboardPwdId, digits: r.keyboardPwd, startMs: r.startDate, endMs: r.endDate };
    },
    async changeCodePeriod(p, priority) {
      await client.changePasscode(
        { lockId: p.lockId, keyboardPwdId: p.codeId, startDate: p.startMs, endDate: p.endMs, changeType: 2 },
        o(priority),
      );
    },
    async deleteCode(lockId, codeId, priority, where = 'lock') {
      await client.deletePasscode(lockId, codeId, { ...o(priority), deleteType: where === 'lock' ? 2 : 1 });
    },
    async listCodes(lockId, priority) {
      return (await client.listAllPasscodes(lockId, o(priority))).map((c) => ({
        codeId: c.keyboardPwdId,
        digits: c.keyboardPwd,
        label: c.keyboardPwdName ?? '',
        startMs: c.startDate,
        endMs: c.endDate,
        custom: c.isCustom === 1,
      }));
    },
    async listLocks(priority) {
      return (await client.listAllLocks(o(priority))).map((l) => ({
        lockId: l.lockId,
        name: l.lockAlias?.trim() || l.lockName,
        battery: l.electricQuantity ?? null,
        hasGateway: l.hasGateway === 1,
      }));
    },
    async gatewaysOfLock(lockId, priority) {
      return (await client.listGatewaysOfLock(lockId, o(priority))).map((g) => g.gatewayId);
    },
    async gatewayOnline(gatewayId, priority) {
      return (await client.getGatewayDetail(gatewayId, o(priority))).isOnline === 1;
    },
    async locksOfGateway(gatewayId, priority) {
      return (await client.listLocksOfGateway(gatewayId, o(priority))).map((l) => l.lockId);
    },
    async unlock(lockId, priority) {
      await client.unlock(lockId, o(priority));
    },
  };
}
