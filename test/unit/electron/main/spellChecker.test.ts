import type { Session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { dictionaryDownloadUrl, installSpellChecker, spellCheckerEnabled, spellCheckerLanguages } from '../../../../electron/main/spellChecker';
import { app, resetElectronMock, session } from '../../electronMock';

const ses = session.defaultSession;
const install = (platform: NodeJS.Platform) => installSpellChecker(ses as unknown as Session, platform);

beforeEach(() => resetElectronMock());

describe('spell checker languages', () => {
  it('checks Dutch always, and English too when the system prefers it', () => {
    expect(spellCheckerLanguages(['nl-NL'])).toEqual(['nl']);
    expect(spellCheckerLanguages([])).toEqual(['nl']);
    expect(spellCheckerLanguages(['nl-NL', 'en-GB'])).toEqual(['nl', 'en-GB']);
    expect(spellCheckerLanguages(['en-US', 'nl-NL'])).toEqual(['nl', 'en-US']);
    expect(spellCheckerLanguages(['en'])).toEqual(['nl', 'en-GB']);
    expect(spellCheckerLanguages(['en-NL'])).toEqual(['nl', 'en-GB']);
    expect(spellCheckerLanguages(['fr-BE', 'eng'])).toEqual(['nl']);
  });
});

describe('on Windows and macOS, the system checks spelling', () => {
  it.each(['win32', 'darwin'] as const)('%s: on, in Dutch', (platform) => {
    expect(spellCheckerEnabled(platform)).toBe(true);
    install(platform);
    expect(ses.spellCheckerEnabled).toBe(true);
    expect(ses.spellCheckerLanguages).toEqual(['nl']);
  });

  it('adds the English the user’s system prefers', () => {
    app.getPreferredSystemLanguages.mockReturnValue(['en-US', 'nl-NL']);
    install('win32');
    expect(ses.spellCheckerLanguages).toEqual(['nl', 'en-US']);
  });

  it('leaves out a language the system cannot check instead of failing on it', () => {
    app.getPreferredSystemLanguages.mockReturnValue(['en-GB']);
    ses.availableSpellCheckerLanguages = ['nl', 'en-US'];
    install('win32');
    expect(ses.spellCheckerLanguages).toEqual(['nl']);
  });
});

describe('on Linux, where Chromium would download its dictionary', () => {
  it('is off, with no language left that it could fetch a dictionary for', () => {
    expect(spellCheckerEnabled('linux')).toBe(false);
    ses.spellCheckerLanguages = ['en-US'];
    install('linux');
    expect(ses.spellCheckerEnabled).toBe(false);
    expect(ses.spellCheckerLanguages).toEqual([]);
  });
});

describe('dictionary downloads', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('%s: any download asks the app’s own origin, never the network', (platform) => {
    install(platform);
    expect(ses.dictionaryDownloadUrl).toBe(dictionaryDownloadUrl);
    const url = new URL(dictionaryDownloadUrl);
    expect(`${url.protocol}//${url.host}`).toBe('app://beraad');
    // Chromium appends the file name, so the base must end in a slash.
    expect(dictionaryDownloadUrl.endsWith('/')).toBe(true);
  });

  it('is pointed there before any language is set, so no dictionary is ever fetched from the default address', () => {
    install('win32');
    expect(ses.setSpellCheckerDictionaryDownloadURL.mock.invocationCallOrder[0]).toBeLessThan(ses.setSpellCheckerLanguages.mock.invocationCallOrder[0]!);
  });
});
