import { z } from 'zod';

/* Labels of letters, digits and inner hyphens, dot-separated, at least two, the last one no number. */
const hostName = /^(?=.{4,253}$)(?:[\p{Ll}\p{Lo}\p{N}](?:[\p{Ll}\p{Lo}\p{N}-]{0,61}[\p{Ll}\p{Lo}\p{N}])?\.)+(?:[\p{Ll}\p{Lo}]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * A domain as people paste it ("https://www.Utrecht.nl/wonen/") read as the
 * host name it means ("utrecht.nl"). "www." goes: a link to utrecht.nl and
 * one to www.utrecht.nl go to the same site.
 */
export const toDomainName = (typed: string): string =>
  typed
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/s, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '');

export const isDomainName = (name: string): boolean => hostName.test(name);

/** A host name such as utrecht.nl or wetten.overheid.nl; messages are locale keys. */
export const domainNameSchema = z
  .string()
  .max(300, { error: 'validation.domainName' })
  .transform(toDomainName)
  .refine(isDomainName, { error: 'validation.domainName' });

/** A host name, or nothing while nobody has given one. */
export const optionalDomainNameSchema = z
  .string()
  .max(300, { error: 'validation.domainName' })
  .transform(toDomainName)
  .refine((name) => name === '' || isDomainName(name), { error: 'validation.domainName' });
