import type { PublicRegister } from '../../publication/publicModel';
import { publicationRegisterColumns } from '../documentTexts';
import { writeCsv } from './csvWriter';

const columns = Object.keys(publicationRegisterColumns) as (keyof typeof publicationRegisterColumns)[];

/** The publication register as a spreadsheet for the Woo coordinator: a heading row, then a public file per row; dates ISO, which every spreadsheet reads as a date. */
export function buildPublicationRegisterCsv(register: PublicRegister): Uint8Array<ArrayBuffer> {
  return writeCsv([columns.map((column) => publicationRegisterColumns[column]), ...register.rows.map((row) => columns.map((column) => row[column] ?? ''))]);
}
