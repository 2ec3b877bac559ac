import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Layers are named from the repository root, wherever ESLint runs from. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The layers of docs/architecture.md#layers, from the bottom up. */
export const layers = [
  { files: 'shared', allow: ['shared'], message: 'shared/ is the bottom layer: it imports nothing from electron/ or renderer/.' },
  {
    files: 'renderer',
    forbid: ['electron'],
    message: 'The renderer talks to the core only through window.desk, never by importing electron/.',
  },
  {
    files: 'electron/core/db',
    allow: ['electron/core/db', 'electron/core/time', 'shared'],
    message: 'The database layer imports only db/, time/ and shared/.',
  },
  {
    files: 'electron/core/db/repos',
    forbid: ['electron/core/db/migrations', 'electron/core/db/migrate'],
    message: 'A repo does not import a migration: what both need lives in db/.',
  },
  {
    files: 'electron/core/sifely',
    forbid: ['electron/core/sifely-simulator'],
    message: 'The Sifely client never imports the simulator (demo mode starts it from desk.ts).',
  },
  {
    files: 'electron/core',
    forbid: ['electron/main', 'electron/preload', 'electron/preview'],
    message: 'The core does not know its transports.',
  },
];

const inside = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/**
 * Imports run downward only. Each layer names the folders a file inside it may import from
 * (`allow`) or may not (`forbid`), as paths from the repository root; every layer a file is in
 * applies. Only relative imports are checked: packages are the business of no-restricted-imports.
 */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports run downward: a folder imports only from the layers below it.' },
    schema: [
      {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: { type: 'string' },
            allow: { type: 'array', items: { type: 'string' } },
            forbid: { type: 'array', items: { type: 'string' } },
            message: { type: 'string' },
          },
          required: ['files', 'message'],
          additionalProperties: false,
        },
      },
    ],
  },
  create(context) {
    const root = context.settings.layersRoot ?? repoRoot;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const layers = (context.options[0] ?? []).filter((l) => inside(file, l.files));
    if (layers.length === 0) return {};

    function check(node) {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), source))
        .split(path.sep)
        .join('/');
      for (const l of layers) {
        const allowed = (l.allow ?? [target]).some((a) => inside(target, a)) && !(l.forbid ?? []).some((f) => inside(target, f));
        if (!allowed) context.report({ node, message: `${l.message} (${source})` });
      }
    }
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
    };
  },
};
