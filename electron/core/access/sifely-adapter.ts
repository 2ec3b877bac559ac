import type { SifelyClient } from '../sifely/client';
import type { LockCloud, Urgency } from './lock-cloud';

/**
 * The Sifely client behind the engine's LockCloud port. Passcodes are always custom timed codes
 * (`keyboardPwdType` 3) and offline codes period codes (3, never 2, §14 #15); every write goes
 * through the gateway (`*Type` 2) so the lock itself changes, not only the cloud record (§9.2).
 */
export function sifelyLockCloud(client: SifelyClient): LockCloud {
  const o = (urgency: Urgency) => ({ priority: urgency });
  return {
    async addCard(p, urgency) {
      return client.addCard({ lockId: p.lockId, cardNumber: p.cardNumber, cardName: p.label, startDate: p.startMs, endDate: p.endMs, reversed: p.reversed, addType: 2 }, o(urgency));
    },
    async deleteCard(lockId, cardId, urgency) {
      await client.deleteCard(lockId, cardId, { ...o(urgency), deleteType: 2 });
    },
    async changeCardPeriod(p, urgency) {
      // Without `changePeriod` the client deletes and re-adds (new id). If an earlier attempt was
      // cut off between the two, the card is found by its label, or added again from scratch.
      const cards = await client.listAllCards(p.lockId, o(urgency));
      const card = cards.find((c) => c.cardId === p.cardId) ?? cards.find((c) => c.cardName === p.label);
      if (!card) {
        const { cardId } = await client.addCard({ lockId: p.lockId, cardNumber: p.cardNumber, cardName: p.label, startDate: p.startMs, endDate: p.endMs, reversed: p.reversed, addType: 2 }, o(urgency));
        return { cardId };
      }
      const { cardId } = await client.changeCardPeriod(
        { lockId: p.lockId, cardId: card.cardId, cardNumber: p.cardNumber, cardName: p.label, startDate: p.startMs, endDate: p.endMs, reversed: p.reversed },
        o(urgency),
      );
      return { cardId };
    },
    async listCards(lockId, urgency) {
      return (await client.listAllCards(lockId, o(urgency))).map((c) => ({ cardId: c.cardId, cardNumber: c.cardNumber, label: c.cardName ?? '', startMs: c.startDate, endMs: c.endDate }));
    },
    async addCustomCode(p, urgency) {
      const { keyboardPwdId } = await client.addPasscode({ lockId: p.lockId, keyboardPwd: p.digits, keyboardPwdName: p.label, keyboardPwdType: 3, startDate: p.startMs, endDate: p.endMs, addType: 2 }, o(urgency));
      return { codeId: keyboardPwdId };
    },
    async getOfflineCode(p, urgency) {
      // keyboardPwdVersion 4: older TTLock requires it and the live Sifely client does fine without
      // it (§10.10), so sending it is the reading both accept.
      const r = await client.getOfflinePasscode({ lockId: p.lockId, keyboardPwdType: 3, keyboardPwdName: p.label, startDate: p.startMs, endDate: p.endMs, keyboardPwdVersion: 4 }, o(urgency));
      return { codeId: r.keyboardPwdId, digits: r.keyboardPwd, startMs: r.startDate, endMs: r.endDate };
    },
    async changeCodePeriod(p, urgency) {
      await client.changePasscode({ lockId: p.lockId, keyboardPwdId: p.codeId, startDate: p.startMs, endDate: p.endMs, changeType: 2 }, o(urgency));
    },
    async deleteCode(lockId, codeId, urgency, where = 'lock') {
      await client.deletePasscode(lockId, codeId, { ...o(urgency), deleteType: where === 'lock' ? 2 : 1 });
    },
    async listCodes(lockId, urgency) {
      return (await client.listAllPasscodes(lockId, o(urgency))).map((c) => ({
        codeId: c.keyboardPwdId,
        digits: c.keyboardPwd,
        label: c.keyboardPwdName ?? '',
        startMs: c.startDate,
        endMs: c.endDate,
        custom: c.isCustom === 1,
      }));
    },
    async lockHealth(lockId, urgency) {
      const gateways = await client.listGatewaysOfLock(lockId, o(urgency));
      if (gateways.length === 0) return { lockId, hasGateway: false, gatewayOnline: false, battery: null };
      const details = await Promise.all(gateways.map((g) => client.getGatewayDetail(g.gatewayId, o(urgency))));
      const detail = await client.getLockDetail(lockId, o(urgency));
      return { lockId, hasGateway: true, gatewayOnline: details.some((d) => d.isOnline === 1), battery: detail.electricQuantity ?? null };
    },
    async unlock(lockId, urgency) {
      await client.unlock(lockId, o(urgency));
    },
  };
}
