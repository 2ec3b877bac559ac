/** Wire types of the Sifely endpoints the desk uses (§15.3 of sifely-api.md). */

export interface Page<T> {
  list: T[];
  pageNo: number;
  pageSize: number;
  pages: number;
  total: number;
}

export interface LockListItem {
  lockId: number;
  lockName: string;
  lockAlias?: string;
  lockMac: string;
  electricQuantity?: number;
  hasGateway?: 0 | 1;
  isOnline?: 0 | 1;
}

export interface CardInfo {
  cardId: number;
  lockId: number;
  cardNumber: string;
  cardName?: string;
  startDate: number;
  endDate: number;
  createDate?: number;
  status?: number;
}

export interface AddCardParams {
  lockId: number;
  cardNumber: string;
  cardName?: string;
  startDate: number;
  endDate: number;
}
