/**
 * The search index's rowid is `departure_ms * SEARCH_KEY_SHIFT + booking id` (2^21), so FTS5 walks
 * matches in the order the desk lists them (migration 0023 says why). Defined here, below both the
 * migration that builds the index and the repo that queries it.
 */
export const SEARCH_KEY_SHIFT = 2_097_152;
