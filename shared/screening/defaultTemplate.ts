import { defaultScreeningTemplateId } from './defaultTemplateId';
import type { Condition, ScreeningTemplateInput } from './templateSchema';

/*
 * The screening the app ships as version 1. The checklist follows the six
 * principles of the VNG's "Principes voor de Digitale Samenleving" (2022); the
 * questions are our own wording. The AI Act part follows the structure of the
 * Dutch government's open-source decision aid for the AI Act (beslishulp
 * AI-verordening, EUPL): is it an AI system, is it a prohibited practice, is
 * it high risk through Annex I or an Annex III area (with the exception of
 * art. 6(3), which never holds for profiling), then the transparency duties of
 * art. 50. Its text is written here. The secretary edits all of it in Settings.
 */

const principlesSource = 'VNG, Principes voor de Digitale Samenleving (2022)';
const aiActSource = 'Verordening (EU) 2024/1689 (AI-verordening); opbouw naar de beslishulp AI-verordening van de Rijksoverheid';

const yesNoUnsure = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
  { value: 'weetNiet', label: 'Weet ik niet' },
];
const yesNo = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

const is = (question: string, ...anyOf: string[]): Condition => ({ question, anyOf });

const principles = [
  {
    id: 'principleDemocracy',
    name: 'Democratische besluitvorming',
    text: 'Raakt het project keuzes die de gemeenteraad of inwoners zelf zouden moeten kunnen maken of controleren?',
    help: 'Denk aan een toepassing die beleid feitelijk vormgeeft, de verhouding tussen inwoner en gemeente verandert of die de raad moeilijk kan controleren.',
  },
  {
    id: 'principleSocietalValue',
    name: 'Maatschappelijke waarde',
    text: 'Is het de vraag of de opbrengst voor de samenleving opweegt tegen de nadelen voor mensen of publieke waarden?',
    help: 'Bijvoorbeeld wanneer het doel vooral efficiëntie is, terwijl de gevolgen bij inwoners terechtkomen.',
  },
  {
    id: 'principleTransparency',
    name: 'Transparantie',
    text: 'Moeten inwoners kunnen weten en begrijpen wat de toepassing doet, met welke gegevens en waarom?',
    help: 'Geldt vrijwel altijd wanneer gegevens over inwoners worden gebruikt of wanneer de toepassing uitkomsten voor mensen beïnvloedt.',
  },
  {
    id: 'principleSelfDetermination',
    name: 'Zeggenschap van inwoners',
    text: 'Gaat het om gegevens of beslissingen waarover inwoners zelf zeggenschap zouden moeten houden?',
    help: 'Denk aan het hergebruiken van gegevens voor een ander doel dan waarvoor ze zijn gegeven, of aan keuzes die mensen niet kunnen weigeren.',
  },
  {
    id: 'principleInfrastructure',
    name: 'Veilige en open digitale infrastructuur',
    text: 'Komt er technologie in de openbare ruimte of in de dienstverlening waarvan veiligheid, toegankelijkheid of afhankelijkheid van een leverancier een vraag is?',
    help: 'Bijvoorbeeld sensoren of camera’s op straat, een app voor inwoners of een systeem dat alleen één leverancier kan beheren.',
  },
  {
    id: 'principleLegalBasis',
    name: 'Juridische basis',
    text: 'Is het (nog) niet duidelijk op welke wettelijke grondslag en binnen welke wettelijke kaders het project gegevens of technologie gebruikt?',
    help: 'Bijvoorbeeld wanneer de grondslag onder de AVG, de Woo of specifieke wetgeving nog moet worden uitgezocht.',
  },
];

const anyPrincipleApplies: Condition = { any: principles.map((principle) => is(principle.id, 'ja', 'weetNiet')) };
const personalData = is('personalData', 'ja', 'weetNiet');
const usesAlgorithm = is('technology', 'algorithm', 'aiSystem', 'profiling', 'dataLinking');
const aiInScope = is('aiDefinition', 'ja', 'weetNiet');

const prohibitedPractices = [
  ['manipulation', 'Mensen beïnvloeden met subliminale, manipulatieve of misleidende technieken die hun keuzes wezenlijk verstoren', 'a'],
  ['exploitation', 'Misbruik maken van de kwetsbaarheid van mensen door leeftijd, handicap of sociale of economische situatie', 'b'],
  ['socialScoring', 'Mensen een score geven op grond van hun gedrag of kenmerken die leidt tot nadelige behandeling in een andere context of buiten verhouding (social scoring)', 'c'],
  ['crimePrediction', 'Voorspellen of iemand een strafbaar feit zal plegen, alleen op basis van een profiel of persoonlijkheidskenmerken', 'd'],
  ['faceScraping', 'Databanken voor gezichtsherkenning aanleggen door ongericht gezichtsbeelden van internet of camerabeelden te verzamelen', 'e'],
  ['emotionWorkplace', 'Emoties herkennen van mensen op het werk of in het onderwijs (anders dan om medische of veiligheidsredenen)', 'f'],
  ['biometricCategorisation', 'Mensen op basis van biometrische gegevens indelen naar bijvoorbeeld ras, politieke opvatting, geloof of seksuele geaardheid', 'g'],
  ['realtimeBiometric', 'Mensen op afstand en in real time biometrisch identificeren in de openbare ruimte voor de rechtshandhaving', 'h'],
] as const;

const annexIIIAreas = [
  ['biometrics', 'Biometrie: identificatie op afstand, categorisering of emotieherkenning', 1],
  ['criticalInfrastructure', 'Kritieke infrastructuur: veiligheidscomponent van wegverkeer of de levering van water, gas, verwarming of elektriciteit', 2],
  ['education', 'Onderwijs en beroepsopleiding: toelating, beoordeling of toezicht op leerlingen en studenten', 3],
  ['employment', 'Werkgelegenheid en personeelsbeleid: werving, selectie, beoordeling of taaktoewijzing van werkenden', 4],
  ['essentialServices', 'Toegang tot essentiële diensten: recht op uitkeringen, bijstand of zorg beoordelen, kredietwaardigheid, prioriteren van noodoproepen', 5],
  ['lawEnforcement', 'Rechtshandhaving: bijvoorbeeld risico’s op slachtofferschap of recidive inschatten, of bewijs beoordelen', 6],
  ['migration', 'Migratie, asiel en grenstoezicht', 7],
  ['justice', 'Rechtsbedeling en democratische processen: ondersteunen van rechterlijke beslissingen of het beïnvloeden van verkiezingen', 8],
] as const;

const transparencyDuties = [
  ['interaction', 'Mensen communiceren rechtstreeks met het systeem, bijvoorbeeld een chatbot', 'art. 50 lid 1 AI-verordening'],
  ['syntheticContent', 'Het systeem maakt tekst, beeld, geluid of video die echt lijkt', 'art. 50 lid 2 AI-verordening'],
  ['emotionRecognition', 'Het systeem herkent emoties of deelt mensen in op grond van biometrische gegevens (buiten de verboden toepassingen)', 'art. 50 lid 3 AI-verordening'],
  ['deepfake', 'Het systeem maakt of bewerkt beeld of geluid van bestaande mensen, plaatsen of gebeurtenissen (deepfake)', 'art. 50 lid 4 AI-verordening'],
  ['publicText', 'Het systeem schrijft teksten die worden gepubliceerd om het publiek te informeren, zonder menselijke redactie', 'art. 50 lid 4 AI-verordening'],
] as const;

const highRiskAnnexIII: Condition = {
  all: [
    is('aiAnnexIII', ...annexIIIAreas.map(([value]) => value)),
    { any: [{ not: is('aiException', 'ja') }, is('aiProfiling', 'ja')] },
  ],
};

export function defaultScreeningTemplate(): ScreeningTemplateInput & { id: string } {
  return {
    id: defaultScreeningTemplateId,
    name: 'Screening digitale ethiek',
    description:
      'Eerst een checklist op de zes principes voor de digitale samenleving. Is een principe van toepassing, dan volgt een vragenlijst naar ethische risico’s, die bepaalt of het ethisch adviesorgaan wordt geraadpleegd en welke instrumenten nodig zijn.',
    sections: [
      { id: 'principles', title: 'Checklist principes', source: principlesSource },
      { id: 'technology', title: 'Technologie en gegevens', source: '' },
      { id: 'people', title: 'Betrokkenen en gevolgen', source: '' },
      { id: 'aiAct', title: 'AI-verordening', source: aiActSource },
    ],
    questions: [
      ...principles.map((principle) => ({
        id: principle.id,
        section: 'principles',
        text: `${principle.name}: ${principle.text}`,
        help: principle.help,
        kind: 'single' as const,
        options: yesNoUnsure,
      })),
      {
        id: 'technology',
        section: 'technology',
        text: 'Welke technologie gebruikt het project?',
        help: 'Kies alles wat van toepassing is.',
        kind: 'multiple',
        options: [
          { value: 'sensorsCameras', label: 'Sensoren of camera’s' },
          { value: 'dataLinking', label: 'Het koppelen van gegevensbestanden' },
          { value: 'profiling', label: 'Profilering: kenmerken van mensen of groepen gebruiken om iets over hen te voorspellen of te beoordelen' },
          { value: 'algorithm', label: 'Een algoritme (rekenregels) dat uitkomsten voor mensen of zaken bepaalt' },
          { value: 'aiSystem', label: 'Een AI-systeem, zoals machine learning of een taalmodel' },
          { value: 'dashboard', label: 'Een dashboard of rapportage' },
          { value: 'other', label: 'Iets anders' },
        ],
        showIf: anyPrincipleApplies,
      },
      {
        id: 'personalData',
        section: 'technology',
        text: 'Verwerkt het project persoonsgegevens?',
        help: 'Alle gegevens die iets zeggen over een herkenbaar persoon, ook een kenteken, een adres of beelden waarop iemand te herkennen is.',
        kind: 'single',
        options: yesNoUnsure,
        showIf: anyPrincipleApplies,
      },
      {
        id: 'specialData',
        section: 'technology',
        text: 'Welke gevoelige gegevens zitten daarbij?',
        help: 'Kies alles wat van toepassing is; kies niets als er geen gevoelige gegevens bij zitten.',
        kind: 'multiple',
        options: [
          { value: 'health', label: 'Gezondheid, zorg of jeugdhulp (bijzonder persoonsgegeven, art. 9 AVG)' },
          { value: 'ethnicity', label: 'Afkomst, religie, politieke opvatting of seksuele geaardheid (art. 9 AVG)' },
          { value: 'biometric', label: 'Biometrische gegevens om iemand te identificeren, zoals gezichtsherkenning (art. 9 AVG)' },
          { value: 'criminal', label: 'Strafrechtelijke gegevens (art. 10 AVG)' },
          { value: 'financial', label: 'Inkomen, schulden of uitkering' },
          { value: 'minors', label: 'Gegevens over kinderen' },
        ],
        showIf: personalData,
      },
      {
        id: 'publicSpaceMonitoring',
        section: 'technology',
        text: 'Worden mensen in de openbare ruimte stelselmatig gevolgd of herkenbaar vastgelegd?',
        help: 'Bijvoorbeeld camera’s met herkenbare beelden, wifi- of bluetoothtracking, of sensoren die bewegingen van personen volgen.',
        kind: 'single',
        options: yesNo,
        showIf: is('technology', 'sensorsCameras'),
      },
      {
        id: 'affected',
        section: 'people',
        text: 'Wie merken de gevolgen van het project?',
        help: 'Kies alles wat van toepassing is.',
        kind: 'multiple',
        options: [
          { value: 'residents', label: 'Inwoners' },
          { value: 'publicSpace', label: 'Bezoekers en voorbijgangers in de openbare ruimte' },
          { value: 'employees', label: 'Medewerkers van de gemeente' },
          { value: 'businesses', label: 'Ondernemers en organisaties' },
        ],
        showIf: anyPrincipleApplies,
      },
      {
        id: 'vulnerable',
        section: 'people',
        text: 'Zijn daar mensen in een kwetsbare positie bij?',
        help: 'Bijvoorbeeld kinderen, mensen met schulden of een uitkering, mensen die zorg ontvangen of mensen die de taal niet goed beheersen.',
        kind: 'single',
        options: yesNoUnsure,
        showIf: is('affected', 'residents', 'publicSpace'),
      },
      {
        id: 'automatedDecision',
        section: 'people',
        text: 'Welke rol speelt de uitkomst van het systeem bij beslissingen over mensen?',
        help: 'Ook een selectie voor een controle of een huisbezoek is een beslissing over mensen.',
        kind: 'single',
        options: [
          { value: 'automatic', label: 'Het systeem beslist zelf, zonder tussenkomst van een medewerker' },
          { value: 'supported', label: 'Een medewerker beslist, met de uitkomst van het systeem als advies of selectie' },
          { value: 'none', label: 'Er worden geen beslissingen over personen mee genomen' },
        ],
        showIf: usesAlgorithm,
      },
      {
        id: 'decisionEffect',
        section: 'people',
        text: 'Hoe ingrijpend zijn die beslissingen voor de betrokkenen?',
        help: 'Ingrijpend zijn beslissingen over rechten, uitkeringen, zorg, toezicht of handhaving.',
        kind: 'single',
        options: [
          { value: 'significant', label: 'Ingrijpend: rechten, geld, zorg, toezicht of handhaving' },
          { value: 'limited', label: 'Beperkt: bijvoorbeeld de volgorde van afhandeling' },
        ],
        showIf: is('automatedDecision', 'automatic', 'supported'),
      },
      {
        id: 'scale',
        section: 'people',
        text: 'Hoeveel mensen raakt het project?',
        help: 'Een schatting is genoeg.',
        kind: 'single',
        options: [
          { value: 'small', label: 'Een kleine groep (minder dan honderd mensen)' },
          { value: 'medium', label: 'Een wijk of een doelgroep' },
          { value: 'large', label: 'De hele gemeente of meer' },
        ],
        showIf: anyPrincipleApplies,
      },
      {
        id: 'reversibility',
        section: 'people',
        text: 'Kunnen de gevolgen voor mensen worden hersteld als er iets misgaat?',
        help: 'Denk aan een onterechte selectie, een gelekt bestand of een beslissing die iemand in de problemen brengt.',
        kind: 'single',
        options: [
          { value: 'yes', label: 'Ja, eenvoudig' },
          { value: 'partly', label: 'Gedeeltelijk of met moeite' },
          { value: 'no', label: 'Nee, of pas na lange tijd' },
        ],
        showIf: anyPrincipleApplies,
      },
      {
        id: 'publicAttention',
        section: 'people',
        text: 'Zal het project zichtbaar zijn voor inwoners of maatschappelijke of politieke aandacht krijgen?',
        help: 'Bijvoorbeeld door toepassing op straat, in de media of in de raad.',
        kind: 'single',
        options: yesNo,
        showIf: anyPrincipleApplies,
      },
      {
        id: 'aiDefinition',
        section: 'aiAct',
        text: 'Is het een AI-systeem in de zin van de AI-verordening (art. 3 lid 1)?',
        help: 'Een systeem dat met enige zelfstandigheid werkt en uit zijn invoer afleidt welke uitvoer het geeft, zoals voorspellingen, aanbevelingen, inhoud of beslissingen. Vaste rekenregels die een mens heeft opgesteld vallen er meestal niet onder.',
        kind: 'single',
        options: yesNoUnsure,
        showIf: is('technology', 'algorithm', 'aiSystem', 'profiling'),
      },
      {
        id: 'aiProhibited',
        section: 'aiAct',
        text: 'Doet het systeem een van deze dingen?',
        help: 'Dit zijn verboden AI-praktijken (art. 5 AI-verordening). Kies niets als geen ervan van toepassing is.',
        kind: 'multiple',
        options: prohibitedPractices.map(([value, label]) => ({ value, label })),
        showIf: aiInScope,
      },
      {
        id: 'aiAnnexI',
        section: 'aiAct',
        text: 'Is het systeem (een veiligheidscomponent van) een product waarvoor Europese productwetgeving geldt, zoals een machine, lift, speelgoed of medisch hulpmiddel?',
        help: 'Dat zijn de producten van bijlage I bij de AI-verordening (art. 6 lid 1).',
        kind: 'single',
        options: yesNo,
        showIf: aiInScope,
      },
      {
        id: 'aiAnnexIII',
        section: 'aiAct',
        text: 'Wordt het systeem gebruikt op een van deze terreinen?',
        help: 'De terreinen van bijlage III bij de AI-verordening (art. 6 lid 2). Kies niets als geen ervan van toepassing is.',
        kind: 'multiple',
        options: annexIIIAreas.map(([value, label]) => ({ value, label })),
        showIf: aiInScope,
      },
      {
        id: 'aiException',
        section: 'aiAct',
        text: 'Doet het systeem op dat terrein alleen iets ondersteunends?',
        help: 'Bijvoorbeeld een beperkte procedurele taak, het verbeteren van afgerond menselijk werk, het signaleren van afwijkingen zonder een menselijke beoordeling te vervangen, of voorbereidend werk (art. 6 lid 3). Leg deze beoordeling vast (art. 6 lid 4).',
        kind: 'single',
        options: yesNo,
        showIf: is('aiAnnexIII', ...annexIIIAreas.map(([value]) => value)),
      },
      {
        id: 'aiProfiling',
        section: 'aiAct',
        text: 'Maakt het systeem daarbij profielen van personen?',
        help: 'Bij profilering geldt de uitzondering van art. 6 lid 3 nooit: het systeem blijft dan een hoog-risicosysteem.',
        kind: 'single',
        options: yesNo,
        showIf: is('aiException', 'ja'),
      },
      {
        id: 'aiTransparency',
        section: 'aiAct',
        text: 'Doet het systeem een van deze dingen?',
        help: 'Hiervoor gelden transparantieverplichtingen (art. 50 AI-verordening). Kies niets als geen ervan van toepassing is.',
        kind: 'multiple',
        options: transparencyDuties.map(([value, label]) => ({ value, label })),
        showIf: aiInScope,
      },
    ],
    rules: [
      {
        id: 'noPrinciples',
        when: { all: principles.map((principle) => is(principle.id, 'nee')) },
        reason: 'Geen van de principes is van toepassing; de risicovragenlijst is niet nodig.',
        consult: 'nee',
        instruments: [],
      },
      {
        id: 'principleUnsure',
        when: { any: principles.map((principle) => is(principle.id, 'weetNiet')) },
        reason: 'Van een of meer principes is niet bekend of ze van toepassing zijn; het adviesorgaan kan helpen dat te duiden.',
        consult: 'aanbevolen',
        instruments: [],
      },
      {
        id: 'profiling',
        when: { all: [is('technology', 'profiling'), personalData] },
        reason: 'Het project profileert personen.',
        consult: 'ja',
        instruments: ['dpia', 'iama', 'algoritmeregister'],
      },
      {
        id: 'significantDecisions',
        when: is('decisionEffect', 'significant'),
        reason: 'De uitkomst van het systeem speelt een rol bij ingrijpende beslissingen over mensen.',
        consult: 'ja',
        instruments: ['dpia', 'iama', 'algoritmeregister'],
      },
      {
        id: 'limitedDecisions',
        when: is('decisionEffect', 'limited'),
        reason: 'De uitkomst van het systeem speelt een rol bij beslissingen over mensen, met beperkte gevolgen.',
        consult: 'aanbevolen',
        instruments: ['algoritmeregister'],
      },
      {
        id: 'vulnerablePeople',
        when: { all: [is('vulnerable', 'ja', 'weetNiet'), personalData] },
        reason: 'Het project gebruikt gegevens over mensen in een kwetsbare positie (of dat is niet uit te sluiten).',
        consult: 'ja',
        instruments: ['dpia'],
      },
      {
        id: 'publicMonitoring',
        when: is('publicSpaceMonitoring', 'ja'),
        reason: 'Mensen worden in de openbare ruimte stelselmatig gevolgd of vastgelegd; de AVG vraagt dan een DPIA (art. 35 lid 3 onder c).',
        consult: 'ja',
        instruments: ['dpia'],
      },
      {
        id: 'sensitiveData',
        when: is('specialData', 'health', 'ethnicity', 'biometric', 'criminal'),
        reason: 'Het project verwerkt bijzondere of strafrechtelijke persoonsgegevens (art. 9 en 10 AVG); op grote schaal vraagt de AVG een DPIA (art. 35 lid 3 onder b).',
        consult: 'aanbevolen',
        instruments: ['dpia'],
      },
      {
        id: 'dataLinking',
        when: { all: [is('technology', 'dataLinking'), personalData] },
        reason: 'Het project koppelt bestanden met persoonsgegevens, mogelijk voor een nieuw doel.',
        consult: 'aanbevolen',
        instruments: ['dpia'],
      },
      {
        id: 'largeScale',
        when: { all: [is('scale', 'large'), personalData] },
        reason: 'Het project verwerkt persoonsgegevens van een groot deel van de inwoners.',
        consult: 'aanbevolen',
        instruments: ['dpia'],
      },
      {
        id: 'irreversible',
        when: is('reversibility', 'no'),
        reason: 'De gevolgen voor mensen zijn moeilijk of niet te herstellen.',
        consult: 'aanbevolen',
        instruments: [],
      },
      {
        id: 'publicAttention',
        when: is('publicAttention', 'ja'),
        reason: 'Het project is zichtbaar voor inwoners of krijgt maatschappelijke of politieke aandacht.',
        consult: 'aanbevolen',
        instruments: [],
      },
      {
        id: 'algorithmForResidents',
        when: { all: [is('technology', 'algorithm', 'aiSystem'), is('affected', 'residents')] },
        reason: 'Een algoritme met gevolgen voor inwoners hoort in het algoritmeregister.',
        instruments: ['algoritmeregister'],
      },
      {
        id: 'aiUnsure',
        when: is('aiDefinition', 'weetNiet'),
        reason: 'Niet bekend is of het systeem onder de AI-verordening valt.',
        consult: 'aanbevolen',
        instruments: [],
      },
      ...prohibitedPractices.map(([value, label, point]) => ({
        id: `aiProhibited_${value}`,
        when: is('aiProhibited', value),
        reason: `Verboden AI-praktijk: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
        consult: 'ja' as const,
        instruments: [],
        aiAct: { class: 'prohibited' as const, article: `art. 5 lid 1 onder ${point} AI-verordening` },
      })),
      {
        id: 'aiHigh_annexI',
        when: is('aiAnnexI', 'ja'),
        reason: 'Het AI-systeem is (een veiligheidscomponent van) een product onder Europese productwetgeving.',
        consult: 'ja',
        instruments: ['iama', 'algoritmeregister'],
        aiAct: { class: 'high', article: 'art. 6 lid 1 en bijlage I AI-verordening' },
      },
      ...annexIIIAreas.map(([value, label, point]) => ({
        id: `aiHigh_${value}`,
        when: { all: [is('aiAnnexIII', value), highRiskAnnexIII] },
        reason: `Hoog-risico-AI op het terrein ${label.split(':')[0]!.toLowerCase()}.`,
        consult: 'ja' as const,
        instruments: ['iama' as const, 'algoritmeregister' as const],
        aiAct: { class: 'high' as const, article: `art. 6 lid 2 en bijlage III punt ${point} AI-verordening` },
      })),
      {
        id: 'aiExempt',
        when: { all: [is('aiException', 'ja'), is('aiProfiling', 'nee')] },
        reason: 'Het AI-systeem doet op een terrein van bijlage III alleen iets ondersteunends en profileert niet; leg die beoordeling vast.',
        consult: 'aanbevolen',
        instruments: ['algoritmeregister'],
        aiAct: { class: 'minimal', article: 'art. 6 lid 3 AI-verordening (uitzondering; vastleggen volgens art. 6 lid 4)' },
      },
      ...transparencyDuties.map(([value, label, article]) => ({
        id: `aiTransparency_${value}`,
        when: is('aiTransparency', value),
        reason: `Transparantieplicht: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
        instruments: [],
        aiAct: { class: 'transparency' as const, article },
      })),
      {
        id: 'aiMinimal',
        when: is('aiDefinition', 'ja'),
        reason: 'Het AI-systeem valt niet onder de verboden, hoog-risico- of transparantiebepalingen; wel moeten gebruikers voldoende AI-geletterd zijn.',
        instruments: ['algoritmeregister'],
        aiAct: { class: 'minimal', article: 'art. 4 AI-verordening (AI-geletterdheid); verder geen specifieke verplichtingen' },
      },
    ],
  };
}
