import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * A short tag for this checkout of the repository, from its path. Bundles cached under
 * node_modules/.cache carry it in their name: git worktrees share one node_modules by symlink, and
 * a test must run the code of its own checkout, not a bundle another checkout wrote meanwhile.
 */
export function checkoutTag(): string {
  return createHash('sha256')
    .update(resolve(import.meta.dirname, '../..'))
    .digest('hex')
    .slice(0, 10);
}
