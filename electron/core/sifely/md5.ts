import { createHash } from 'node:crypto';

/** Sifely logins take the MD5 of the password as 32 lowercase hex characters (§3.1, §3.2). */
export const md5Hex = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');
