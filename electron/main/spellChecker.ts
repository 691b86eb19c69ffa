import { app, type Session } from 'electron';
import { appOrigin } from './origin';

/*
 * Spelling is checked on this machine or not at all. macOS and Windows check
 * with the operating system's own dictionaries. On Linux Chromium's Hunspell
 * fetches its dictionary (a .bdic file) from Google's servers, and no package
 * we can bundle ships a Dutch .bdic (Chromium makes them with its own
 * converter), so there spelling is not checked. Wherever Chromium might still
 * start a download (it has, even with spelling off), the address is our own
 * app:// origin, which serves no dictionaries: the attempt fails on this
 * machine instead of reaching the network.
 */
export const dictionaryDownloadUrl = `${appOrigin}/spellchecker-dictionaries/`;

export function spellCheckerEnabled(platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'linux';
}

/** Dutch always; English too when the user's system prefers it, in the variant it names (British unless American). */
export function spellCheckerLanguages(preferred: readonly string[]): string[] {
  const english = preferred.find((tag) => /^en(-|$)/i.test(tag));
  if (english === undefined) return ['nl'];
  return ['nl', /^en-US$/i.test(english) ? 'en-US' : 'en-GB'];
}

/** Before the first window: Chromium sets its dictionaries up with the first page that checks spelling. */
export function installSpellChecker(session: Session, platform: NodeJS.Platform = process.platform): void {
  session.setSpellCheckerDictionaryDownloadURL(dictionaryDownloadUrl);
  if (!spellCheckerEnabled(platform)) {
    session.setSpellCheckerEnabled(false);
    // Chromium otherwise keeps the system locale's dictionary in its list, and that one it would fetch.
    session.setSpellCheckerLanguages([]);
    return;
  }
  // Electron refuses a code the platform's checker does not know; one missing language must not take the others along.
  const available = new Set(session.availableSpellCheckerLanguages);
  session.setSpellCheckerLanguages(spellCheckerLanguages(app.getPreferredSystemLanguages()).filter((language) => available.has(language)));
}
