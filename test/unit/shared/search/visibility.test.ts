import { describe, expect, it } from 'vitest';
import type { AccountRole } from '@shared/accounts/accountRoles';
import { boardViewer, isVisible, nobodyViewer, soloViewer, type SearchViewer } from '@shared/search/visibility';

const invited = 'case-invited';
const other = 'case-other';
const board = (role: AccountRole, caseIds: string[] = [], active = true) => boardViewer({ role, active, caseIds });

const documents = {
  'a part of an invited case': { caseId: invited, confidential: false },
  'a confidential section of an invited case': { caseId: invited, confidential: true },
  'a part of another case': { caseId: other, confidential: false },
  'a confidential section of another case': { caseId: other, confidential: true },
  'a meeting or a person (no case)': { caseId: null, confidential: false },
} as const;
type Shown = keyof typeof documents;

const viewers: [string, SearchViewer, Shown[]][] = [
  ['solo', soloViewer, Object.keys(documents) as Shown[]],
  ['the secretary', board('secretaris'), Object.keys(documents) as Shown[]],
  ['the facilitator', board('procesbegeleider'), Object.keys(documents) as Shown[]],
  ['a member (a conflict of interest still lets them read the case)', board('lid'), Object.keys(documents) as Shown[]],
  ['a guest invited to one case', board('gast', [invited]), ['a part of an invited case']],
  ['a guest invited to nothing', board('gast'), []],
  ['a deactivated member', board('lid', [], false), []],
  ['nobody signed in', nobodyViewer, []],
  [
    'a member the board excludes from one case for a conflict of interest',
    boardViewer({ role: 'lid', active: true, caseIds: [] }, [other]),
    ['a part of an invited case', 'a confidential section of an invited case', 'a meeting or a person (no case)'],
  ],
];

describe('isVisible', () => {
  it.each(viewers)('lets %s find only what they may read', (_who, viewer, shown) => {
    const found = (Object.keys(documents) as Shown[]).filter((name) => isVisible(documents[name], viewer));
    expect(found).toEqual(shown);
  });
});
