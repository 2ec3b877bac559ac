import type { Rule } from 'eslint';

export interface Layer {
  files: string;
  allow?: string[];
  forbid?: string[];
  message: string;
}
export const layers: Layer[];
export const layersRule: Rule.RuleModule;
