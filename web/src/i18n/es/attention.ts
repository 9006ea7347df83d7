/** Spanish strings for the inbox's attention work (merged into es.ts under `attention`). */
export const attentionEs = {};
