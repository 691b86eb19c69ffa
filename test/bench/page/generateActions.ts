import type { ActionInput } from '@shared/meetings/actionSchema';

const tasks = [
  'Privacytoets opvragen bij de FG',
  'Proceseigenaar vragen naar de bewaartermijn',
  'Gesprek met bewoners plannen',
  'Concept-advies rondsturen',
  'Algoritmeregister controleren',
  'Reactie van de wethouder navragen',
];

const shiftDays = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return date.toLocaleDateString('sv-SE');
};

/**
 * Three of every ten cases get an open action, each on a different case, so
 * the overview has to look up as many cases as it can. About a third is
 * overdue, a third due later, the rest undated; some have no owner.
 */
export function generateActions(caseIds: readonly string[], ownerIds: readonly string[]): { caseId: string; input: ActionInput }[] {
  return caseIds.flatMap((caseId, n) => {
    if (n % 10 >= 3) return [];
    const kind = n % 9;
    return [
      {
        caseId,
        input: {
          what: `${tasks[n % tasks.length]} (${n})`,
          ownerId: n % 4 === 0 ? null : ownerIds[n % ownerIds.length]!,
          dueOn: kind < 3 ? shiftDays(-1 - (n % 60)) : kind < 6 ? shiftDays(n % 90) : '',
        },
      },
    ];
  });
}
