/**
 * The search index's rowid is `(departure_ms / SEARCH_KEY_UNIT_MS) * SEARCH_KEY_SHIFT + booking id`,
 * so FTS5 walks matches in the order the desk lists them (migration 0023 says why; migration 0090
 * why the departure counts in minutes and the id has 35 bits). Defined here, below both the
 * migration that builds the index and the repo that queries it.
 */
export const SEARCH_KEY_SHIFT = 34_359_738_368;
/** The departure's unit in the key: whole minutes. */
export const SEARCH_KEY_UNIT_MS = 60_000;
