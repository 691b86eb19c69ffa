declare const filtered: unique symbol;

/** Text that has passed the publication filter. Only `createPublicFilter` makes one. */
export type PublicText = string & { readonly [filtered]: true };

/**
 * A shape after the filter: every free string a PublicText. A string literal
 * type (a stored code such as 'openbaar') stays itself: the filter passes it
 * too, and a code names nobody.
 */
export type Filtered<T> = T extends string
  ? string extends T
    ? PublicText
    : T
  : T extends readonly (infer U)[]
    ? Filtered<U>[]
    : T extends object
      ? { [K in keyof T]: Filtered<T[K]> }
      : T;
