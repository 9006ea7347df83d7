/** Spanish strings for the inbox's search work (merged into es.ts under `search`). */
export const searchEs = {};
