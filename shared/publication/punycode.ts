/*
 * Punycode (RFC 3492) decoding, for host names written as xn--…: a name in
 * an internationalised domain ("xn--zdemir-wxa.nl" is özdemir.nl) is found
 * only once decoded.
 */
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / damp) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((base - tMin) * tMax) >> 1) {
    d = Math.floor(d / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
}

const digitOf = (code: number) => (code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : base);

/** One label's Unicode form; a label that is no valid punycode stays as written. */
function decodeLabel(encoded: string): string {
  const basicEnd = encoded.lastIndexOf('-');
  const output = [...encoded.slice(0, Math.max(basicEnd, 0))].map((c) => c.codePointAt(0)!);
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let index = basicEnd + 1; index < encoded.length; ) {
    const oldI = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= encoded.length) return encoded;
      const digit = digitOf(encoded.charCodeAt(index++));
      if (digit >= base) return encoded;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return encoded;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

/** Every xn-- label of a text (a host name or a whole address) decoded. */
export function decodePunycode(text: string): string {
  return text.replace(/xn--[a-z0-9-]+/gi, (label) => decodeLabel(label.slice(4).toLowerCase()));
}
