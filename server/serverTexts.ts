/**
 * What the server says to the person who runs it. Dutch, as the app is; the server has
 * no language setting, and the people who start it are the board's secretary or IT.
 */
export const serverTexts = {
  help: `Beraad-server: deelt het dossier van het adviesorgaan tussen de leden (bestuursmodus).

Gebruik: npm run server -- [opties]

Opties:
  --data MAP     Map waarin de server de gegevens bewaart (het bestand board.sqlite).
                 Standaard: ./beraad-data. De map wordt aangemaakt als die nog niet bestaat.
  --host ADRES   Adres waarop de server luistert. Standaard: 127.0.0.1.
                 Zolang er nog geen accounts zijn, alleen een adres van deze computer:
                 127.0.0.1 (of een ander 127.x.x.x-adres), ::1 of localhost.
  --port POORT   Poort voor de verbinding van de app (WebSocket) en voor /beraad/info.
                 Standaard: 8787. Met 0 kiest de server zelf een vrije poort.
  --help         Toont deze uitleg.

Stoppen: Ctrl+C. De server bewaart eerst alle wijzigingen en stopt dan.
Een wijziging staat binnen ongeveer een seconde in de gegevensmap.`,
  seeHelp: 'Zie `npm run server -- --help` voor de opties.',
  unknownOption: (option: string) => `Onbekende optie: ${option}.`,
  missingValue: (option: string) => `De optie ${option} mist een waarde.`,
  unexpectedValue: (option: string) => `De optie ${option} neemt geen waarde.`,
  unexpectedArgument: (argument: string) => `Onverwacht argument: ${argument}.`,
  badPort: (port: string) => `Ongeldige poort: ${port}. Gebruik een getal van 0 tot en met 65535.`,
  notLoopback: (host: string) =>
    `De server luistert niet op ${host}: zolang er geen accounts zijn, bedient hij alleen deze computer ` +
    '(127.0.0.1, ::1 of localhost). Zonder accounts zou iedereen in het netwerk het dossier kunnen lezen en wijzigen.',
  portInUse: (port: number) => `Poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort met --port.`,
  portNotAllowed: (port: number) => `Geen toestemming om poort ${port} te gebruiken. Kies een poort boven 1023 met --port.`,
  addressUnavailable: (host: string) => `Het adres ${host} hoort niet bij deze computer. Kies een ander adres met --host.`,
  dataDirUnusable: (dataDir: string) =>
    `De gegevensmap ${dataDir} kan niet worden gebruikt: de server kan daar niet schrijven, of er staat een bestand in de weg. Kies een andere map met --data.`,
  started: (url: string, dataDir: string) => `Beraad-server draait op ${url} (gegevens in ${dataDir}). Stoppen met Ctrl+C.`,
  stopping: 'Beraad-server stopt en bewaart de laatste wijzigingen…',
  stopped: 'Beraad-server is gestopt; alle wijzigingen zijn bewaard.',
  forcedStop: 'Beraad-server is gedwongen gestopt; wijzigingen van de laatste seconde zijn mogelijk niet bewaard.',
};
