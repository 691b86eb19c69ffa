/**
 * The readable text of a stored rich-text document, block by block, walking
 * whatever nodes it holds: it must work for documents the editor rejects.
 */
export function plainText(node: unknown, depth = 0): string {
  if (typeof node !== 'object' || node === null || depth > 100) return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  if (typeof text === 'string') return text;
  if (!Array.isArray(content)) return '';
  const isBlockContainer = content.some((child) => typeof child === 'object' && child !== null && 'content' in child);
  return content.map((child) => plainText(child, depth + 1)).filter(Boolean).join(isBlockContainer ? '\n' : '');
}
