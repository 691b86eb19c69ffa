import type { Municipality } from './municipalitySchema';

export const unsetMunicipality: Municipality = { name: '', code: '', domain: '' };

export const isMunicipalitySet = (municipality: Municipality): boolean => municipality.code !== '';

/** The TOOI identifier of a municipality: "gm" and the CBS code. */
export const municipalityUri = (code: string): string => `https://identifier.overheid.nl/tooi/id/gemeente/gm${code}`;
