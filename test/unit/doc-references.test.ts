import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Comments cite docs/sifely-api.md as a bare `§N.M` (and `§14 #N` for a row of its quirks table)
// and docs/product.md as `docs/product.md "Heading"`. A citation whose target is gone fails here.
const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['electron', 'shared', 'renderer', 'test', 'bench', 'eslint-rules', 'docs', 'eslint.config.js', 'README.md'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'release', '.tsbuild', 'test-results']);
const EXTENSIONS = /\.(ts|tsx|js|mjs|cjs|md)$/;
const THIS_FILE = path.relative(root, import.meta.filename);

function walk(rel: string): string[] {
  const abs = path.join(root, rel);
  if (EXTENSIONS.test(rel) && !readdirSafe(abs)) return [rel];
  return (readdirSafe(abs) ?? []).flatMap((d) =>
    d.isDirectory() ? (SKIP_DIRS.has(d.name) ? [] : walk(path.join(rel, d.name))) : EXTENSIONS.test(d.name) ? [path.join(rel, d.name)] : [],
  );
}

function readdirSafe(abs: string) {
  try {
    return readdirSync(abs, { withFileTypes: true });
  } catch {
    return null;
  }
}

/** The file's text with comment line breaks joined, so a citation wrapped over two lines reads as one. */
const joined = (text: string): string => text.replace(/\s*\n\s*(?:\*(?!\/)|\/\/)?\s*/g, ' ');

const files = SCANNED.flatMap(walk).filter((f) => f !== THIS_FILE);
const texts = new Map(files.map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
const api = readFileSync(path.join(root, 'docs/sifely-api.md'), 'utf8');
const product = readFileSync(path.join(root, 'docs/product.md'), 'utf8');

const apiSections = new Set([...api.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1]));
const quirksTable = api.slice(api.indexOf('\n## 14.'), api.indexOf('\n## 15.'));
const quirkRows = new Set([...quirksTable.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])));
const productHeadings = new Set([...product.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.trim()));

function citations(pattern: RegExp): { file: string; target: string }[] {
  return [...texts].flatMap(([file, text]) => [...joined(text).matchAll(pattern)].map((m) => ({ file, target: m[1]! })));
}

describe('references to docs/ (§ and docs/product.md) resolve', () => {
  it('every §N.M cited exists as a heading of docs/sifely-api.md', () => {
    const cited = citations(/§ ?(\d+(?:\.\d+)*)/g);
    expect(cited.length).toBeGreaterThan(200); // the scan really reads the code
    expect(cited.filter((c) => !apiSections.has(c.target))).toEqual([]);
  });

  it('every §14 #N cited is a row of the quirks table', () => {
    const cited = citations(/§14 #(\d+)/g);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((c) => !quirkRows.has(Number(c.target)))).toEqual([]);
  });

  it('every docs/product.md "…" cited names a heading of docs/product.md', () => {
    const cited = citations(/docs\/product\.md "([^"]+)"/g);
    expect(cited.length).toBeGreaterThan(10);
    expect(cited.filter((c) => !productHeadings.has(c.target))).toEqual([]);
  });

  it('no comment sends a reader to a document outside the repository', () => {
    const outside = [...texts].flatMap(([file, text]) =>
      [...text.matchAll(/(?<!docs\/)\b(?:product|sifely-api|architecture|toolchain)\.md\b|\/work\/shared/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(outside).toEqual([]);
  });
});
