import { describe, expect, it } from 'vitest';
import { publicNames } from '../../../../../renderer/advice/outcome/publicNames';

const labels = { role: (role: string) => `rol:${role}`, processOwner: 'proceseigenaar', requester: 'aanvrager' };
const anna = { id: crypto.randomUUID(), name: 'Anna de Vries', roles: ['voorzitter' as const, 'lid' as const] };
const bram = { id: crypto.randomUUID(), name: 'Bram Özdemir', roles: ['adviseur' as const] };

describe('names for the public version', () => {
  it('names every registered person by their first role, and board members by their role on this case', () => {
    const names = publicNames(
      { people: [anna, bram], board: { members: [{ personId: bram.id, role: 'lid' }] }, processOwner: '', requester: '' },
      labels,
    );
    expect(names).toEqual([
      { name: 'Anna de Vries', role: 'rol:voorzitter' },
      { name: 'Bram Özdemir', role: 'rol:lid' },
    ]);
  });

  it('adds the process owner and requester; being process owner wins over every other role', () => {
    const names = publicNames(
      { people: [anna], board: undefined, processOwner: ' Anna de Vries ', requester: 'Teamleider Toezicht' },
      labels,
    );
    expect(names).toEqual([
      { name: 'Anna de Vries', role: 'proceseigenaar' },
      { name: 'Teamleider Toezicht', role: 'aanvrager' },
    ]);
  });

  it('leaves out blank names and people without a role', () => {
    const nobody = { id: crypto.randomUUID(), name: 'Zonder Rol', roles: [] };
    expect(publicNames({ people: [nobody], board: { members: [] }, processOwner: 'X', requester: ' ' }, labels)).toEqual([
      { name: 'X', role: 'proceseigenaar' },
    ]);
  });
});
