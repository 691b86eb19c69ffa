/**
 * Whether `value` has the shape of `like`: the same fields and no others,
 * each of the same kind (a string for a string, an array of its items for an
 * array), nested objects alike. A null in `like` takes null or a string (a
 * logo not chosen yet). Only the kinds: the values' own rules are the schema's.
 */
export function hasShapeOf(value: unknown, like: unknown): boolean {
  if (like === null) return value === null || typeof value === 'string';
  if (Array.isArray(like)) return Array.isArray(value) && value.every((item) => like.length > 0 && hasShapeOf(item, like[0]));
  if (typeof like !== 'object') return typeof value === typeof like;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = Object.keys(like);
  return (
    Object.keys(value).length === fields.length &&
    fields.every((field) => Object.hasOwn(value, field) && hasShapeOf((value as Record<string, unknown>)[field], (like as Record<string, unknown>)[field]))
  );
}
