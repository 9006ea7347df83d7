/** Spanish strings for the inbox's layout work (merged into es.ts under `layout`). */
export const layoutEs = {};
