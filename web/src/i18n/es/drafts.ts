/** Spanish strings for the inbox's drafts work (merged into es.ts under `drafts`). */
export const draftsEs = {};
