import type { Linter } from 'eslint';

export const storeOnlyInvoke: Linter.Config;
