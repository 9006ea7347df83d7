/** English strings for the inbox's layout work (merged into en.ts under `layout`). */
export const layoutEn = {};
