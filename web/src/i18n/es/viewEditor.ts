/** Spanish strings for the inbox's viewEditor work (merged into es.ts under `viewEditor`). */
export const viewEditorEs = {};
