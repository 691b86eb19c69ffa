/** The bench's parts, in the order they run; `BENCH_ONLY=name,name` picks some of them. */
export const benchParts = [
  'seed',
  'list',
  'case',
  'actions',
  'meeting',
  'typing',
  'coTyping',
  'advice',
  'adviceRegister',
  'export',
  'pdfExport',
  'odt',
  'backup',
  'paste',
  'bundle',
  'search',
  'growth',
  'sync',
] as const;
export type BenchPart = (typeof benchParts)[number];

/** Parts that run only when asked for by name (growth also with BENCH_GROWTH=1): they take long. */
const optInParts: readonly BenchPart[] = ['growth', 'sync'];

export type PartSelection = { ok: true; parts: readonly BenchPart[] } | { ok: false; unknown: readonly string[] };

const isPart = (name: string): name is BenchPart => (benchParts as readonly string[]).includes(name);

/**
 * The parts `only` names (comma-separated), in run order; when it names none,
 * every part that is not opt-in. `growth` adds the growth part either way.
 */
export function selectParts(only: string | undefined, growth = false): PartSelection {
  const names = (only ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !isPart(name));
  if (unknown.length > 0) return { ok: false, unknown };
  const wanted = (part: BenchPart) =>
    (names.length === 0 ? !optInParts.includes(part) : names.includes(part)) || (growth && part === 'growth');
  return { ok: true, parts: benchParts.filter(wanted) };
}

export const unknownPartsMessage = (unknown: readonly string[]) =>
  `BENCH_ONLY kent ${unknown.map((name) => `'${name}'`).join(', ')} niet. Geldige namen: ${benchParts.join(', ')}.`;

/** The parts that run in the one seeded browser profile; the others bring their own data. */
const seededParts: readonly BenchPart[] = ['seed', 'list', 'case', 'actions', 'meeting', 'typing', 'advice', 'adviceRegister'];

export interface SeedPlan {
  cases: boolean;
  actions: boolean;
  advices: boolean;
  meeting: boolean;
}

/**
 * What the seeded profile needs for `parts`: a part gets the data its screens
 * read, so its figures are the same whether it runs alone or with the rest.
 * The case list reads the advices for its flags.
 */
export function seedPlan(parts: readonly BenchPart[]): SeedPlan {
  const has = (...wanted: BenchPart[]) => wanted.some((part) => parts.includes(part));
  return {
    cases: seededParts.some((part) => parts.includes(part)),
    actions: has('actions'),
    advices: has('list', 'case', 'adviceRegister'),
    meeting: has('meeting', 'typing'),
  };
}
