import { describe, expect, it } from 'vitest';
import { governmentDomains } from '@shared/publication/linkDomains';
import type { NameRole } from '@shared/publication/nameFinder';
import { createPublicFilter, type PublicationContext } from '@shared/publication/publicFilter';
import { decisionsAfterAdding, proposedRegisterName } from '@shared/publication/registerAddition';
import { toReviewItems } from '@shared/publication/reviewItems';
import { dutchWords } from '../../../fixtures/dutchWords';

const register: NameRole[] = [{ name: 'Sanne Bakker', role: 'Lid adviesorgaan' }];
const text = 'Mevrouw Karin Visser belde over de camera. Karin Visser vroeg om inzage; Visser wacht nog. Sanne Bakker antwoordde.';

const review = (names: readonly NameRole[], decisions: PublicationContext['decisions'] = []) => {
  const filter = createPublicFilter({ names, words: dutchWords(), linkDomains: [...governmentDomains], mode: 'review', decisions });
  const output = filter.filter(text);
  return { output, items: toReviewItems(filter.findings()).items };
};

describe('adding a found name to the register from the review', () => {
  it('proposes the name without a title or genitive', () => {
    expect(proposedRegisterName('Mevrouw Karin Visser')).toBe('Karin Visser');
    expect(proposedRegisterName('dhr.  J. de Vries')).toBe('J. de Vries');
    expect(proposedRegisterName('de heer Smeets’')).toBe('Smeets');
    expect(proposedRegisterName('Dr. Ir. Mohammed Ouali')).toBe('Mohammed Ouali');
    expect(proposedRegisterName('Mevrouw')).toBe('Mevrouw');
  });

  it('decides the found text as added, and the certain forms of the name the next run finds as replaced by the role', () => {
    const before = review(register);
    const found = before.items.find((item) => item.kind === 'candidate')!;
    expect(found.text).toBe('Mevrouw Karin Visser');
    const person = { name: proposedRegisterName(found.text), role: 'Inwoner op afroep' };

    const after = review([...register, person]);
    const decisions = decisionsAfterAdding(found, person, after.items, dutchWords());
    expect(decisions).toEqual([
      { key: found.key, decision: 'add_to_register' },
      { key: 'name:mevrouw karin visser', decision: 'accept' },
      { key: 'name:karin visser', decision: 'accept' },
    ]);
    // "Visser" alone may be a fisherman, and Sanne Bakker is someone else: both stay for the secretary.
    const open = after.items.filter((item) => !decisions.some((d) => d.key === item.key)).map((item) => item.text);
    expect(open).toEqual(['Visser', 'Sanne Bakker']);

    const published = review([...register, person], [...decisions, { key: 'name:visser', decision: 'accept' }, { key: 'name:sanne bakker', decision: 'accept' }]);
    expect(published.output).toBe('Inwoner op afroep belde over de camera. Inwoner op afroep vroeg om inzage; Inwoner op afroep wacht nog. Lid adviesorgaan antwoordde.');
  });
});
