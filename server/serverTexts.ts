import type { ServiceFailure, ServiceName } from './serviceUnavailable';

/**
 * What the server says to the person who runs it. Dutch, as the app is; the server has
 * no language setting, and the people who start it are the board's secretary or IT.
 */
export const serverTexts = {
  help: `Beraad-server: deelt het dossier van het adviesorgaan tussen de leden (bestuursmodus).

Gebruik: npm run server -- [opties]

Opties:
  --data MAP     Map waarin de server de gegevens bewaart (board.sqlite en accounts.sqlite).
                 Standaard: ./beraad-data. De map wordt aangemaakt als die nog niet bestaat.
  --database-url ADRES
                 Bewaar de gegevens in PostgreSQL in plaats van in de map, bijvoorbeeld
                 postgres://beraad:wachtwoord@db.gemeente.local:5432/beraad. De tabel
                 documents wordt aangemaakt als die nog niet bestaat. Niet samen met --data.
                 Ook via de omgevingsvariabele BERAAD_DATABASE_URL.
  --redis-url ADRES
                 Laat meerdere servers dezelfde documenten bedienen: wijzigingen gaan via
                 Redis naar de andere servers, bijvoorbeeld redis://redis.gemeente.local:6379.
                 Gebruik dit samen met --database-url (alle servers op dezelfde database).
                 Ook via de omgevingsvariabele BERAAD_REDIS_URL.
  --host ADRES   Adres waarop de server luistert. Standaard: 127.0.0.1 (alleen deze computer).
                 Met 0.0.0.0 of :: luistert hij op het netwerk; zet er dan een reverse proxy
                 voor die TLS afhandelt (https/wss), want de server zelf spreekt geen TLS.
  --port POORT   Poort voor de verbinding van de app (WebSocket) en voor /beraad/info.
                 Standaard: 8787. Met 0 kiest de server zelf een vrije poort.
  --reference-pattern PATROON
                 Patroon van de zaaknummers die de server uitgeeft aan casussen die in
                 bestuursmodus zijn geregistreerd (tot dan heten ze "concept-…"), zoals in de
                 instellingen van de app: {jjjj} het jaar, {jj} het jaar in twee cijfers,
                 {nnn} het volgnummer. Standaard: EA-{jjjj}-{nnn}.
                 Ook via de omgevingsvariabele BERAAD_REFERENCE_PATTERN.
  --help         Toont deze uitleg.

Een optie op de opdrachtregel gaat voor een omgevingsvariabele.

Eerste keer: zolang er nog geen account is, toont de server bij het starten een eenmalige
installatiecode. Daarmee maakt de secretaris in de app het eerste account aan en
nodigt daarna de anderen uit. Accounts, wachtwoorden (Argon2id) en sessies staan in
accounts.sqlite naast board.sqlite, of in dezelfde PostgreSQL-database.

Reservekopie: npm run server -- backup --to MAP [--data MAP | --database-url ADRES]
  Kopieert alles wat de server bewaart (documenten, accounts, auditlogboek) naar een nieuwe
  gegevensmap, ook terwijl de server draait. npm run server -- --data MAP start een server op
  de kopie.

Terugzetten: npm run server -- restore --from MAP [--data MAP | --database-url ADRES]
  Zet een reservekopie terug in een lege gegevensmap of een lege PostgreSQL-database, in
  zijn geheel of helemaal niet. Stop eerst elke server op die plek. Een plek waar al
  gegevens staan wordt geweigerd, zodat nooit twee toestanden door elkaar raken.

Stoppen: Ctrl+C. De server bewaart eerst alle wijzigingen en stopt dan.
Een wijziging staat binnen ongeveer een seconde in de gegevensmap of de database.`,
  seeHelp: 'Zie `npm run server -- --help` voor de opties.',
  unknownOption: (option: string) => `Onbekende optie: ${option}.`,
  missingValue: (option: string) => `De optie ${option} mist een waarde.`,
  unexpectedValue: (option: string) => `De optie ${option} neemt geen waarde.`,
  unexpectedArgument: (argument: string) => `Onverwacht argument: ${argument}.`,
  badPort: (port: string) => `Ongeldige poort: ${port}. Gebruik een getal van 0 tot en met 65535.`,
  portInUse: (port: number) => `Poort ${port} is al in gebruik. Stop het andere programma of kies een andere poort met --port.`,
  portNotAllowed: (port: number) => `Geen toestemming om poort ${port} te gebruiken. Kies een poort boven 1023 met --port.`,
  addressUnavailable: (host: string) => `Het adres ${host} hoort niet bij deze computer. Kies een ander adres met --host.`,
  dataDirUnusable: (dataDir: string) =>
    `De gegevensmap ${dataDir} kan niet worden gebruikt: de server kan daar niet schrijven, of er staat een bestand in de weg. Kies een andere map met --data.`,
  badDatabaseUrl: 'Ongeldig database-adres: gebruik een adres dat begint met postgres:// (--database-url of BERAAD_DATABASE_URL).',
  badReferencePattern: (pattern: string) =>
    `Ongeldig patroon voor zaaknummers: ${pattern}. Gebruik precies één volgnummer ({nnn}) en verder alleen {jjjj} of {jj}, hoogstens 40 tekens, niet beginnend met concept- (--reference-pattern of BERAAD_REFERENCE_PATTERN).`,
  badRedisUrl: 'Ongeldig Redis-adres: gebruik een adres als redis://server:6379 of rediss://server:6380 (--redis-url of BERAAD_REDIS_URL).',
  dataWithDatabase: 'Kies --data of een database-adres (--database-url of BERAAD_DATABASE_URL), niet allebei: met PostgreSQL gebruikt de server geen gegevensmap.',
  serviceUnavailable: (service: ServiceName, target: string, reason: string) =>
    `${service === 'postgres' ? 'De database (PostgreSQL)' : 'Redis'} op ${target} is niet bereikbaar: ${reason}. ` +
    'De server start niet. Controleer het adres en of de dienst draait.',
  serviceFailures: {
    refused: 'er luistert niets op dat adres',
    unknown_host: 'de servernaam is onbekend',
    timeout: 'er kwam binnen 10 seconden geen antwoord',
    login: 'de gebruikersnaam of het wachtwoord wordt geweigerd',
    no_database: 'die database bestaat niet',
    other: 'de verbinding mislukte',
  } satisfies Record<ServiceFailure, string>,
  redisLost: 'Verbinding met Redis verbroken; de server probeert opnieuw. Tot dan zien leden op een andere server elkaars wijzigingen niet.',
  redisBack: 'Verbinding met Redis hersteld.',
  behindProxy:
    'Let op: de server luistert op het netwerk en spreekt zelf geen TLS. Zet er een reverse proxy voor (Caddy, nginx, de load balancer) ' +
    'die https/wss afhandelt; de app verbindt buiten deze computer alleen via wss://.',
  setupCode: (code: string) =>
    `Er is nog geen account. Eenmalige installatiecode voor het eerste account (de secretaris): ${code}\n` +
    'Vul deze code in de app in om de server in te richten. Hij wordt niet opnieuw getoond; na een herstart komt er een nieuwe.',
  started: (url: string, storage: string) => `Beraad-server draait op ${url} (gegevens in ${storage}). Stoppen met Ctrl+C.`,
  postgresStorage: (target: string) => `PostgreSQL ${target}`,
  sharedThrough: (target: string) => `, gedeeld via Redis ${target}`,
  backupNeedsTarget: 'Geef met --to de map op waarin de reservekopie komt.',
  backupDone: (target: string, documents: number, accounts: number, auditEntries: number) =>
    `Reservekopie gemaakt in ${target}: ${documents} documenten, ${accounts} accounts, auditlogboek met ${auditEntries} regels (keten intact).`,
  backupAuditBroken: (target: string) =>
    `Reservekopie gemaakt in ${target}, maar de keten van het auditlogboek is verbroken: er is een regel gewijzigd of verwijderd. Bewaar deze kopie en meld het.`,
  backupTargetNotEmpty: (target: string) => `In ${target} staat al een reservekopie of gegevensmap. Kies een lege of nieuwe map met --to.`,
  backupNoData: (dataDir: string) => `In ${dataDir} staan geen gegevens van een Beraad-server (board.sqlite en accounts.sqlite). Kies de juiste map met --data.`,
  restoreNeedsSource: 'Geef met --from de map met de reservekopie op.',
  restoreDone: (where: string, documents: number, accounts: number, auditEntries: number) =>
    `Reservekopie teruggezet in ${where}: ${documents} documenten, ${accounts} accounts, auditlogboek met ${auditEntries} regels (keten intact).`,
  restoreTargetNotEmpty: (where: string) =>
    `In ${where} staan al gegevens van een Beraad-server. Terugzetten kan alleen in een lege gegevensmap of database, zodat er nooit twee toestanden door elkaar raken. Er is niets veranderd.`,
  restoreNoBackup: (source: string) => `In ${source} staat geen reservekopie van een Beraad-server (board.sqlite en accounts.sqlite). Kies de juiste map met --from.`,
  restoreAuditBroken: (source: string) =>
    `De reservekopie in ${source} wordt niet teruggezet: de keten van het auditlogboek is verbroken (er is een regel gewijzigd of verwijderd). Er is niets veranderd; meld het.`,
  unexpectedFailure: (error: unknown) =>
    `Onverwachte fout in de server; de server draait door en de volgende wijziging probeert het opnieuw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  referenceFailed: (caseId: string, error: unknown) =>
    `Het zaaknummer van casus ${caseId} kon niet worden uitgegeven (${error instanceof Error ? error.message : String(error)}); de volgende wijziging aan de casus probeert het opnieuw.`,
  /** Who the case's trail names for a number issued when no signed-in person brought the case (it was read from storage). */
  serverActor: 'Beraad-server',
  stopping: 'Beraad-server stopt en bewaart de laatste wijzigingen…',
  stopped: 'Beraad-server is gestopt; alle wijzigingen zijn bewaard.',
  forcedStop: 'Beraad-server is gedwongen gestopt; wijzigingen van de laatste seconde zijn mogelijk niet bewaard.',
};
