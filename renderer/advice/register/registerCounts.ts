import type { RegisterRow } from '@shared/advice/register';

/** The figures the secretary reports in the P&C cycle for the advices of a period. */
export interface RegisterCounts {
  issued: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  college: number;
  raad: number;
}

export function registerCounts(rows: readonly Pick<RegisterRow, 'issuedOn' | 'conclusion' | 'followUp'>[]): RegisterCounts {
  const counts: RegisterCounts = { issued: 0, adopted: 0, partlyAdopted: 0, notAdopted: 0, college: 0, raad: 0 };
  for (const row of rows) {
    if (row.issuedOn !== null) counts.issued++;
    if (row.conclusion?.decision === 'adopted') counts.adopted++;
    else if (row.conclusion?.decision === 'partly_adopted') counts.partlyAdopted++;
    else if (row.conclusion?.decision === 'not_adopted') counts.notAdopted++;
    if (row.followUp.decision === 'college') counts.college++;
    else if (row.followUp.decision === 'raad') counts.raad++;
  }
  return counts;
}
