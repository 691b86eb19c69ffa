import { plainText } from '@shared/richText/plainText';

/** The readable words of a kept copy, whatever shape it has (a document, a form, an advice draft). */
export function copyPreview(value: unknown, max = 300): string {
  const parts: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 20 || node === null || typeof node !== 'object') {
      if (typeof node === 'string' && node.trim() !== '') parts.push(node.trim());
      return;
    }
    if ((node as { type?: unknown }).type === 'doc') {
      const text = plainText(node).trim();
      if (text !== '') parts.push(text);
      return;
    }
    Object.values(node).forEach((child) => walk(child, depth + 1));
  };
  walk(value, 0);
  const text = parts.join(' · ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
