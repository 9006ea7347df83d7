/** English strings for the inbox's search work (merged into en.ts under `search`). */
export const searchEn = {};
