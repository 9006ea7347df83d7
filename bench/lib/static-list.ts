const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The baseline: the same rows as plain server-rendered HTML, no script, all in the document at once. */
export function staticListHtml(rows: { name: string; preview: string }[]): string {
  const items = rows
    .map(
      (row, i) =>
        `<li><a href="#${i}"><b>${escapeHtml(row.name)}</b><span>${escapeHtml(row.preview)}</span><small>Unassigned</small></a></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static list</title><style>
ul{list-style:none;margin:0;padding:0;width:24rem;font:16px system-ui}
a{display:flex;flex-direction:column;padding:.65rem .75rem;color:#111;text-decoration:none}
span,small{color:#555}
</style></head><body><ul aria-label="Conversations">${items}</ul></body></html>`;
}
