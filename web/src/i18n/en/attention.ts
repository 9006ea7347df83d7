/** English strings for the inbox's attention work (merged into en.ts under `attention`). */
export const attentionEn = {};
