import type { Session } from 'electron';

/**
 * Nothing is sent anywhere: Chromium's spell checker would download Hunspell dictionaries from
 * Google's servers on Windows and Linux. macOS uses the system's own checker and downloads nothing
 * (Electron ignores the URL there). Elsewhere the download address is a loopback port that nothing
 * listens on, so a dictionary request never leaves the machine; the checker uses only
 * dictionaries already present (Windows' own spell checker where Chromium uses it).
 */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

export function keepSpellCheckerLocal(session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>): void {
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS);
}
