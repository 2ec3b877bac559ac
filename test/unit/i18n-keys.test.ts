import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { es } from '../../renderer/src/i18n/es';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → text, so the two catalogues compare key by key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** Keys in one catalogue and not the other, both ways; empty when the sets are identical. */
function keyDifferences(a: Tree, b: Tree): { onlyInA: string[]; onlyInB: string[] } {
  const ka = flatten(a);
  const kb = flatten(b);
  return { onlyInA: [...ka.keys()].filter((k) => !kb.has(k)), onlyInB: [...kb.keys()].filter((k) => !ka.has(k)) };
}

describe('i18n catalogues', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(keyDifferences(en, es)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('the comparison sees a key missing on either side', () => {
    expect(keyDifferences({ a: 'x', b: { c: 'y' } }, { a: 'x', b: { d: 'y' } })).toEqual({ onlyInA: ['b.c'], onlyInB: ['b.d'] });
  });

  it('every Spanish text uses the same {{placeholders}} as its English text, and none is empty', () => {
    const e = flatten(en);
    const s = flatten(es);
    const mismatched = [...e].filter(([k, text]) => s.has(k) && placeholders(text).join() !== placeholders(s.get(k)!).join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
    expect([...s].filter(([, text]) => !text.trim()).map(([k]) => k)).toEqual([]);
  });
});
