/** Atlassian Document Format: what v3 takes and returns for rich text; v2 and webhooks speak plain strings. */

export interface AdfNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  [key: string]: unknown;
}

export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

function isNode(value: unknown): value is AdfNode {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const node = value as AdfNode;
  if (typeof node.type !== 'string') return false;
  if (node.text !== undefined && typeof node.text !== 'string') return false;
  return node.content === undefined || (Array.isArray(node.content) && node.content.every(isNode));
}

export function isAdfDocument(value: unknown): value is AdfDocument {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Partial<AdfDocument>;
  return doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content) && doc.content.every(isNode);
}

/** A string as Jira converts it: a paragraph per blank-line-separated block, a hard break per line end. */
export function textToAdf(text: string): AdfDocument {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((block) => block.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: blocks.map((block) => ({
      type: 'paragraph',
      content: block.split('\n').flatMap((line, index): AdfNode[] => {
        const text: AdfNode[] = line === '' ? [] : [{ type: 'text', text: line }];
        return index === 0 ? text : [{ type: 'hardBreak' }, ...text];
      }),
    })),
  };
}

function nodeText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention') return `[~accountid:${String(node.attrs?.id ?? '')}]`;
  const inner = (node.content ?? []).map(nodeText);
  if (node.type === 'listItem') return `* ${inner.join('')}`;
  return inner.join(node.type === 'bulletList' || node.type === 'orderedList' ? '\n' : '');
}

/** The plain text of a document, blocks separated by a blank line (how a v2 reader sees it). */
export function adfToText(doc: AdfDocument): string {
  return doc.content.map(nodeText).join('\n\n');
}
