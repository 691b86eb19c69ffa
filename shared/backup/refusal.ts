/**
 * Why a file was refused. `code` is a locale key under `backup.refusal`; the
 * parameters name the table, the entry or the field, so the message can say
 * exactly what is wrong. Shared code stays free of any language.
 */
export type Refusal =
  | { code: 'tooLarge'; limitMb: number }
  | { code: 'notZip' }
  | { code: 'tooManyEntries'; limit: number }
  | { code: 'unexpectedEntry'; entry: string }
  | { code: 'duplicateEntry'; entry: string }
  | { code: 'entryTooLarge'; entry: string; limitMb: number }
  | { code: 'manifestMissing' }
  | { code: 'notBeraad' }
  | { code: 'futureFormat'; version: number }
  | { code: 'manifestInvalid'; field: string }
  | { code: 'newerSchema'; version: number; supported: number }
  | { code: 'wrongKind'; kind: string }
  | { code: 'entryMissing'; entry: string }
  | { code: 'checksum'; entry: string }
  | { code: 'tableMissing'; table: string }
  | { code: 'unknownTable'; table: string }
  | { code: 'countMismatch'; table: string; expected: number; found: number }
  | { code: 'jsonInvalid'; entry: string }
  | { code: 'jsonTooDeep'; entry: string; limit: number }
  | { code: 'forbiddenKey'; entry: string; key: string }
  | { code: 'notAList'; table: string }
  | { code: 'invalidField'; table: string; position: number; id: string; field: string }
  | { code: 'unknownField'; table: string; position: number; id: string; field: string }
  | { code: 'duplicateId'; table: string; id: string }
  | { code: 'richText'; table: string; id: string; field: string }
  | { code: 'attachmentMissing'; id: string }
  | { code: 'attachmentSize'; id: string }
  | { code: 'foreignRecord'; table: string; id: string }
  | { code: 'duplicateValue'; table: string; id: string; field: string; value: string }
  | { code: 'missingParent'; table: string; id: string; field: string; parentTable: string; parentId: string }
  | { code: 'textTooLarge'; table: string; id: string; field: string; limit: number }
  | { code: 'attachmentTooLarge'; table: 'attachments'; id: string; name: string; limitMb: number; maxMb: number }
  | { code: 'idInUse'; table: string; id: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const refuse = (refusal: Refusal): { ok: false; refusal: Refusal } => ({ ok: false, refusal });
