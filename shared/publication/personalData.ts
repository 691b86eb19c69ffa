/** Kinds of personal data other than names that a public text never shows. */
export const dataKinds = ['email', 'phone', 'address', 'bsn'] as const;
export type DataKind = (typeof dataKinds)[number];

export interface DataMatch {
  from: number;
  to: number;
  kind: DataKind;
}

/* Each kind with a cheap test for whether the text can hold one at all, and its pattern. */
const patterns: [DataKind, RegExp, RegExp][] = [
  ['email', /@/, /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  // Dutch numbers: 0 and nine digits, or +31 / 0031 and nine; spaces, dashes, dots or brackets between.
  ['phone', /[0-9].?[0-9]/, /(?<![0-9+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|\(?0)[1-9](?:[\s)./-]{0,2}[0-9]){8}(?![0-9])/g],
  // A postcode with a house number after it ("7551 AB 12") or before it ("Markt 12, 7551 AB").
  ['address', /[0-9]{4} ?[A-Z]{2}/, /(?<![\p{L}\p{N}])[1-9]\d{3} ?[A-Z]{2}(?![\p{L}\p{N}]),? +\d{1,5}(?: ?[a-zA-Z](?!\p{L}))?/gu],
  ['address', /[0-9]{4} ?[A-Z]{2}/, /(?<![\p{L}\p{N}])\d{1,5}[a-zA-Z]?,? +[1-9]\d{3} ?[A-Z]{2}(?![\p{L}\p{N}])/gu],
  ['bsn', /[0-9][ .]?[0-9]{2}/, /(?<![0-9.,])[0-9](?:[ .]?[0-9]){8}(?![0-9]|[.,][0-9])/g],
];

/** The eleven test (elfproef) every citizen service number passes: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** E-mail addresses, Dutch phone numbers, postcodes with a house number and numbers that pass the BSN check, in order, not overlapping. */
export function findPersonalData(text: string): DataMatch[] {
  const found = patterns.flatMap(([kind, possible, pattern]) =>
    (possible.test(text) ? [...text.matchAll(pattern)] : [])
      .filter((m) => kind !== 'bsn' || passesElevenTest(m[0].replace(/\D/g, '')))
      .map((m) => ({ from: m.index, to: m.index + m[0].length, kind })),
  );
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  let reached = 0;
  return found.filter((match) => {
    if (match.from < reached) return false;
    reached = match.to;
    return true;
  });
}
