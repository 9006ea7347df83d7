/** English strings for the inbox's viewEditor work (merged into en.ts under `viewEditor`). */
export const viewEditorEn = {};
