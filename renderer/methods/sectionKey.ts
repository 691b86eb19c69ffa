/* Keys name a section inside stored records, so they are plain camelCase ASCII (see templateSectionSchema). */
const maxLength = 40;
const fallback = 'sectie';

/** `Waarden & normen` → `waardenNormen`: accents dropped, anything but letters and digits separates words. */
export function keyFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  // A key must start with a letter; a title like "3 richtingen" or "?" still needs one.
  const key = /^[a-z]/.test(camel) ? camel : fallback + camel.charAt(0).toUpperCase() + camel.slice(1);
  return key.slice(0, maxLength);
}

export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = base.slice(0, maxLength - String(n).length) + n;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Gives new sections (key '') a key from their title. Existing keys never
 * change, because records refer to them; `retired` holds the keys of every
 * earlier version, so a key that once meant something else is not reused.
 */
export function assignSectionKeys<S extends { key: string; title: string }>(sections: readonly S[], retired: Iterable<string>): S[] {
  const taken = new Set([...retired, ...sections.map((section) => section.key).filter(Boolean)]);
  return sections.map((section) => {
    if (section.key) return section;
    const key = uniqueKey(keyFromTitle(section.title), taken);
    taken.add(key);
    return { ...section, key };
  });
}
