import type { ByteOrder, CardEndpoint, LeadingZeros, ReaderFormat } from '../../../../shared/cards/profile';

export const FORMAT_TEXT: Record<ReaderFormat, string> = {
  '8h10d': '10 digits (8H10D)',
  decimal: 'Decimal, any length',
  hex: 'Hexadecimal',
};
export const ORDER_TEXT: Record<ByteOrder, string> = { 'as-read': 'As the reader sends them', reversed: 'Reversed' };
export const ZEROS_TEXT: Record<LeadingZeros, string> = { keep: 'Keep leading zeros', strip: 'Drop leading zeros' };
export const ENDPOINT_TEXT: Record<CardEndpoint, string> = {
  plain: 'Plain number (identityCard/add)',
  reversed: 'Reversed number (addForReversedCardNumber)',
};

export const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

export const timeOf = (ms: number): string => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
