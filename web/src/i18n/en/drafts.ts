/** English strings for the inbox's drafts work (merged into en.ts under `drafts`). */
export const draftsEn = {};
