import { describe, expect, it } from 'vitest';
import type { ConflictDeclaration } from '@shared/people/boardSchema';
import { boardWarnings, exclusionOf, mayDeliberate, warningsForMember } from '@shared/people/boardRules';
import { personInputSchema, personRoles, personSchema, type Person, type PersonRole } from '@shared/people/personSchema';

const ANNA = '11111111-1111-4111-8111-111111111111';
const BERT = '22222222-2222-4222-8222-222222222222';
const CEES = '33333333-3333-4333-8333-333333333333';

const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  name: 'Anna de Vries',
  roles: ['lid'],
  discipline: 'privacy',
  organisation: 'Gemeente',
  isAdministrator: false,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const conflict = (personId: string, measure: ConflictDeclaration['measure']): ConflictDeclaration => ({
  personId,
  declaredOn: '2026-02-01',
  description: 'Werkte eerder aan de aanbesteding van deze camera’s.',
  measure,
});

describe('warnings for a board member', () => {
  it('warns about an administrator only in a deliberating role', () => {
    const expected: Record<PersonRole, boolean> = {
      voorzitter: true,
      lid: true,
      externe_procesbegeleider: true,
      inwoner_op_afroep: true,
      secretaris: false,
      adviseur: false,
      gast: false,
    };
    for (const role of personRoles) {
      const warnings = warningsForMember({ personId: ANNA, role }, person(ANNA, { isAdministrator: true }), []);
      expect([role, warnings]).toEqual([role, expected[role] ? [{ kind: 'administrator', personId: ANNA }] : []]);
    }
    expect(warningsForMember({ personId: ANNA, role: 'lid' }, person(ANNA), [])).toEqual([]);
  });

  it('warns about an inactive person in any role', () => {
    expect(warningsForMember({ personId: ANNA, role: 'gast' }, person(ANNA, { active: false }), [])).toEqual([
      { kind: 'inactive', personId: ANNA },
    ]);
  });

  it('warns about exclusion only when the conflict measure is neemt_niet_deel for that person', () => {
    const member = { personId: ANNA, role: 'lid' as const };
    expect(warningsForMember(member, person(ANNA), [conflict(ANNA, 'neemt_niet_deel')])).toEqual([
      { kind: 'excluded_by_conflict', personId: ANNA },
    ]);
    expect(warningsForMember(member, person(ANNA), [conflict(ANNA, 'neemt_deel_zonder_oordeel')])).toEqual([]);
    expect(warningsForMember(member, person(ANNA), [conflict(ANNA, 'geen_gevolg')])).toEqual([]);
    expect(warningsForMember(member, person(ANNA), [conflict(BERT, 'neemt_niet_deel')])).toEqual([]);
  });

  it('lists all warnings that apply, in a fixed order', () => {
    const warnings = warningsForMember(
      { personId: ANNA, role: 'voorzitter' },
      person(ANNA, { isAdministrator: true, active: false }),
      [conflict(ANNA, 'neemt_niet_deel')],
    );
    expect(warnings.map((w) => w.kind)).toEqual(['administrator', 'inactive', 'excluded_by_conflict']);
  });

  it('gives no person-based warnings for an unknown person', () => {
    expect(warningsForMember({ personId: CEES, role: 'lid' }, undefined, [])).toEqual([]);
  });
});

describe('warnings for a whole board', () => {
  it('warns about a person who sits on the board twice, at the second entry', () => {
    const people = new Map([
      [ANNA, person(ANNA)],
      [BERT, person(BERT, { name: 'Bert Jansen', isAdministrator: true })],
    ]);
    const members = [
      { personId: ANNA, role: 'lid' as const },
      { personId: BERT, role: 'adviseur' as const },
      { personId: ANNA, role: 'secretaris' as const },
    ];
    expect(boardWarnings({ members, conflicts: [] }, people)).toEqual([{ kind: 'duplicate', personId: ANNA }]);
  });

  it('combines duplicate and per-member warnings', () => {
    const people = new Map([[BERT, person(BERT, { isAdministrator: true })]]);
    const members = [
      { personId: BERT, role: 'lid' as const },
      { personId: BERT, role: 'lid' as const },
    ];
    expect(boardWarnings({ members, conflicts: [conflict(BERT, 'geen_gevolg')] }, people)).toEqual([
      { kind: 'administrator', personId: BERT },
      { kind: 'duplicate', personId: BERT },
      { kind: 'administrator', personId: BERT },
    ]);
    expect(boardWarnings({ members: [], conflicts: [] }, people)).toEqual([]);
  });
});

describe('who may deliberate', () => {
  it('excludes only people with a neemt_niet_deel conflict', () => {
    const conflicts = [conflict(ANNA, 'neemt_niet_deel'), conflict(BERT, 'neemt_deel_zonder_oordeel'), conflict(CEES, 'geen_gevolg')];
    expect(mayDeliberate(ANNA, conflicts)).toBe(false);
    expect(mayDeliberate(BERT, conflicts)).toBe(true);
    expect(mayDeliberate(CEES, conflicts)).toBe(true);
    expect(mayDeliberate(ANNA, [])).toBe(true);
  });

  it('names the declaration that keeps a person out, whatever other declarations they made', () => {
    const keepsOut = { ...conflict(ANNA, 'neemt_niet_deel'), declaredOn: '2026-03-01' };
    expect(exclusionOf(ANNA, [conflict(ANNA, 'geen_gevolg'), keepsOut])).toBe(keepsOut);
    expect(exclusionOf(ANNA, [conflict(ANNA, 'neemt_deel_zonder_oordeel'), conflict(BERT, 'neemt_niet_deel')])).toBeUndefined();
  });
});

describe('person validation', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    name: 'Anna de Vries',
    roles: ['lid'],
    discipline: '',
    organisation: '',
    isAdministrator: false,
    active: true,
    ...overrides,
  });
  const problems = (value: unknown) =>
    personInputSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

  it('accepts a person and trims the name', () => {
    expect(personInputSchema.parse(input({ name: '  Anna de Vries ' })).name).toBe('Anna de Vries');
    expect(personSchema.safeParse(person(ANNA)).success).toBe(true);
  });

  it('requires a name and at least one role, with locale keys', () => {
    expect(problems(input({ name: '  ', roles: [] }))).toEqual([
      ['name', 'validation.required'],
      ['roles', 'validation.chooseOne'],
    ]);
  });

  it('refuses unknown roles', () => {
    expect(problems(input({ roles: ['lid', 'wethouder'] }))).toEqual([['roles.1', 'validation.choose']]);
  });
});
