import { ByteOrderSchema, CardEndpointSchema, LeadingZerosSchema, ReaderFormatSchema } from '../../../../shared/cards/profile';

/** The choices of each profile setting, straight from the schema; their words are i18n keys (reader.format.* …). */
export const FORMATS = ReaderFormatSchema.options;
export const ORDERS = ByteOrderSchema.options;
export const ZEROS = LeadingZerosSchema.options;
export const ENDPOINTS = CardEndpointSchema.options;

export const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
