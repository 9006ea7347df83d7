import { adfToText } from './adf.ts';
import { DEV_PERSON } from './options.ts';
import type { Issue } from './store.ts';
import type { Delivery } from './webhooks/dispatcher.ts';
import { STATUSES } from './workflow.ts';

/** The demo page: every issue, a button per status, a comment box, and the webhook log. Forms only, no scripts. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string);

function issueCard(issue: Issue): string {
  const key = encodeURIComponent(issue.key);
  const moves = STATUSES.filter((status) => status.id !== issue.status.id)
    .map(
      (status) =>
        `<form method="post" action="/_standin/issues/${key}/transition"><input type="hidden" name="to" value="${escapeHtml(status.name)}"><button>${escapeHtml(status.name)}</button></form>`,
    )
    .join('');
  const comments = issue.comments
    .map(
      (comment) => `<li><b>${escapeHtml(comment.author.displayName)}</b>: ${escapeHtml(adfToText(comment.body))}</li>`,
    )
    .join('');
  return `<section class="issue">
<h2>${escapeHtml(issue.key)} <span class="status ${issue.status.category.key}">${escapeHtml(issue.status.name)}</span></h2>
<p>${escapeHtml(issue.summary)}</p>
<div class="moves">Move to: ${moves}</div>
<ul class="comments">${comments}</ul>
<form method="post" action="/_standin/issues/${key}/comments" class="comment">
<label>Comment <textarea name="body" required></textarea></label>
<label>As <input name="author" value="${escapeHtml(DEV_PERSON.displayName)}"></label>
<button>Add comment</button>
</form>
</section>`;
}

function deliveryRow(delivery: Delivery): string {
  const cells = [
    delivery.event,
    delivery.issueKey,
    delivery.dropped ? 'dropped' : delivery.status,
    String(delivery.attempts),
    delivery.redelivery ? 'yes' : '',
  ];
  return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
}

export function renderPage(issues: readonly Issue[], deliveries: readonly Delivery[]): string {
  const cards =
    issues.length > 0
      ? [...issues].reverse().map(issueCard).join('\n')
      : '<p>No issues yet. Create one from Charla.</p>';
  const rows = deliveries.slice(-20).reverse().map(deliveryRow).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jira stand-in</title><link rel="stylesheet" href="/_standin/page.css"></head>
<body>
<header><h1>Jira stand-in</h1><p>Test-only: acts as a Jira user (Dev Person by default). Every change fires Jira's webhooks.</p></header>
<main>${cards}</main>
<aside>
<h2>Webhook deliveries</h2>
<form method="post" action="/_standin/webhooks/drop"><label>Drop the next <input name="count" type="number" min="0" value="1"> deliveries</label><button>Drop</button></form>
<form method="post" action="/_standin/webhooks/redeliver-last"><button>Send the last delivery again</button></form>
<table><thead><tr><th>Event</th><th>Issue</th><th>Status</th><th>Attempts</th><th>Redelivery</th></tr></thead><tbody>${rows}</tbody></table>
</aside>
</body></html>`;
}

export const PAGE_CSS = `body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;display:grid;grid-template-columns:2fr 1fr;gap:1.5rem}
header{grid-column:1/-1}h1{margin:0}.issue{border:1px solid #ccd;border-radius:6px;padding:.5rem 1rem;margin-bottom:1rem}
.status{font-size:.8em;padding:.1em .5em;border-radius:3px;background:#dfe1e6}.status.indeterminate{background:#deebff}.status.done{background:#e3fcef}
form{display:inline-block;margin:.2rem}.comment{display:block}textarea{display:block;width:100%;min-height:3rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;text-align:left;padding:.2rem}`;
