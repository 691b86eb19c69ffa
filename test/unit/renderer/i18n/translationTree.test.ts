import { describe, expect, it } from 'vitest';
import { splitTranslations } from '../../../../renderer/i18n/translationTree';

describe('splitting the strings', () => {
  it('takes a key with its subtree and its plural forms, and leaves the rest whole', () => {
    const tree = {
      caseList: { title: 'Casussen', filter: { all: 'Alle' } },
      backup: { status: { due: 'Maak een reservekopie' }, count_one: '1 kopie', count_other: '{{count}} kopieën', counted: 'geteld', make: 'Maken' },
      advice: { title: 'Advies' },
    };
    expect(splitTranslations(tree, ['caseList', 'backup.status', 'backup.count'])).toEqual({
      picked: {
        caseList: { title: 'Casussen', filter: { all: 'Alle' } },
        backup: { status: { due: 'Maak een reservekopie' }, count_one: '1 kopie', count_other: '{{count}} kopieën' },
      },
      rest: { backup: { counted: 'geteld', make: 'Maken' }, advice: { title: 'Advies' } },
    });
  });
});
