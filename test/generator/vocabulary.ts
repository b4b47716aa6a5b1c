/**
 * Title vocabularies and templates per language. Templates use {Type}/{type} (event kind),
 * {Topic}/{topic} (subject), {City}, {Org}, {Ordinal} and {Year}. Templates of one family
 * say the same thing in other words, which is how a duplicate gets reworded.
 */
export type Language = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl'

export interface LanguageVocabulary {
  types: readonly string[]
  /** Subjects; English builds many more from adjectives, nouns and settings. */
  subjects: readonly string[]
  settings: readonly string[]
  /** Topic family: same parts, different wording. */
  topicTemplates: readonly string[]
  /** City family: the event's city is part of the title. */
  cityTemplates: readonly string[]
  /** Series: the same title reused for different events (the "1st ICC expert visit" case). */
  seriesTemplates: readonly string[]
  /** Small-word swaps a second source might make ([from, to]). */
  smallWordSwaps: readonly (readonly [string, string])[]
}

const words = (text: string): string[] => text.split(';')

const EN_ADJECTIVES = words(
  'intercultural;inclusive;sustainable;local;urban;digital;cultural;social;participatory;regional;democratic;multilingual;public;community-based;cross-border;innovative;civic;shared;diverse;resilient'
)
const EN_NOUNS = words(
  'integration;mediation;policies;governance;citizenship;planning;education;safety;housing;employment;cohesion;heritage;mobility;innovation;dialogue;leadership;participation;entrepreneurship;communication;strategies;networks;competence;welcome;health services;cultural life'
)

export const VOCABULARIES: Readonly<Record<Language, LanguageVocabulary>> = {
  en: {
    types: words('meeting;study visit;seminar;workshop;conference;award ceremony;forum;round table;summer school;symposium;expert visit;training session;summit'),
    subjects: EN_ADJECTIVES.flatMap((adjective) => EN_NOUNS.map((noun) => `${adjective} ${noun}`)),
    settings: words(';;;in cities;in schools;for migrants;in the labour market;in rural areas;in public spaces;for young people;in Europe;in small towns;in diverse neighbourhoods;for refugees'),
    topicTemplates: ['{Type} on {topic}', '{Type}: {topic}', '{Topic} – {type}', '{Type} on {topic} ({Org})', '{Org} {type} on {topic}'],
    cityTemplates: ['{Type} on {topic} in {City}', '{City} {type} on {topic}', '{Type} in {City}: {topic}'],
    seriesTemplates: ['{Ordinal} {Org} {type}', 'Study visit to {City}', 'Meeting of the {Org} coordinators', '{Year} {Org} {type}', 'Annual {Org} {type}'],
    smallWordSwaps: [[' on ', ' about '], [' of the ', ' of '], [' in ', ' in the '], [' for ', ' for the ']]
  },
  fr: {
    types: words('réunion;visite d’étude;séminaire;atelier;conférence;cérémonie de remise des prix;forum;table ronde;université d’été;colloque;journée d’étude'),
    subjects: words('l’intégration des migrants;la médiation interculturelle;les politiques locales;la cohésion sociale;la participation citoyenne;l’égalité des chances;le dialogue interculturel;la gouvernance urbaine;l’éducation inclusive;la diversité culturelle;le patrimoine commun;la sécurité urbaine;l’emploi des jeunes;le logement social;la mobilité durable'),
    settings: words(';;dans les villes;en Europe;dans les quartiers;à l’école;en milieu rural'),
    topicTemplates: ['{Type} sur {topic}', '{Type} : {topic}', '{Topic} – {type}', '{Type} consacré(e) à {topic}'],
    cityTemplates: ['{Type} sur {topic} à {City}', '{City} : {type} sur {topic}'],
    seriesTemplates: ['{Ordinal} {type} du réseau {Org}', 'Visite d’étude à {City}', 'Rencontre des coordinateurs {Org}'],
    smallWordSwaps: [[' sur ', ' autour de '], [' des ', ' de '], [' à ', ' en ']]
  },
  de: {
    types: words('Treffen;Studienreise;Seminar;Workshop;Konferenz;Preisverleihung;Forum;Runder Tisch;Sommerschule;Fachtagung;Expertenbesuch'),
    subjects: words('Integration von Zugewanderten;interkulturelle Mediation;kommunale Integrationspolitik;sozialer Zusammenhalt;Bürgerbeteiligung;Chancengleichheit;interkultureller Dialog;Stadtentwicklung;inklusive Bildung;kulturelle Vielfalt;gemeinsames Kulturerbe;urbane Sicherheit;Jugendbeschäftigung;nachhaltige Mobilität'),
    settings: words(';;in Städten;in Europa;im ländlichen Raum;in Schulen;auf dem Arbeitsmarkt'),
    topicTemplates: ['{Type} zu {topic}', '{Type}: {topic}', '{Topic} – {type}', '{Type} über {topic}'],
    cityTemplates: ['{Type} zu {topic} in {City}', '{City}: {type} zu {topic}'],
    seriesTemplates: ['{Ordinal} {Org}-{type}', 'Studienreise nach {City}', 'Treffen der {Org}-Koordinatoren'],
    smallWordSwaps: [[' zu ', ' über '], [' in ', ' im ']]
  },
  es: {
    types: words('reunión;visita de estudio;seminario;taller;conferencia;ceremonia de entrega de premios;foro;mesa redonda;escuela de verano;simposio;jornada'),
    subjects: words('la integración de los migrantes;la mediación intercultural;las políticas locales;la cohesión social;la participación ciudadana;la igualdad de oportunidades;el diálogo intercultural;la gobernanza urbana;la educación inclusiva;la diversidad cultural;la seguridad urbana;el empleo juvenil;la movilidad sostenible'),
    settings: words(';;en las ciudades;en Europa;en los barrios;en la escuela;en el medio rural'),
    topicTemplates: ['{Type} sobre {topic}', '{Type}: {topic}', '{Topic} – {type}', '{Type} acerca de {topic}'],
    cityTemplates: ['{Type} sobre {topic} en {City}', '{City}: {type} sobre {topic}'],
    seriesTemplates: ['{Ordinal} {type} de la red {Org}', 'Visita de estudio a {City}', 'Reunión de coordinadores {Org}'],
    smallWordSwaps: [[' sobre ', ' acerca de '], [' de los ', ' de ']]
  },
  it: {
    types: words('riunione;visita di studio;seminario;laboratorio;conferenza;cerimonia di premiazione;forum;tavola rotonda;scuola estiva;convegno;giornata di studio'),
    subjects: words('l’integrazione dei migranti;la mediazione interculturale;le politiche locali;la coesione sociale;la partecipazione civica;le pari opportunità;il dialogo interculturale;la governance urbana;l’educazione inclusiva;la diversità culturale;la sicurezza urbana;l’occupazione giovanile;la mobilità sostenibile'),
    settings: words(';;nelle città;in Europa;nei quartieri;nella scuola;nelle aree rurali'),
    topicTemplates: ['{Type} su {topic}', '{Type}: {topic}', '{Topic} – {type}', '{Type} dedicato a {topic}'],
    cityTemplates: ['{Type} su {topic} a {City}', '{City}: {type} su {topic}'],
    seriesTemplates: ['{Ordinal} {type} della rete {Org}', 'Visita di studio a {City}', 'Riunione dei coordinatori {Org}'],
    smallWordSwaps: [[' su ', ' sul tema de '], [' dei ', ' de ']]
  },
  pt: {
    types: words('reunião;visita de estudo;seminário;oficina;conferência;cerimónia de entrega de prémios;fórum;mesa-redonda;escola de verão;simpósio;jornada'),
    subjects: words('a integração dos migrantes;a mediação intercultural;as políticas locais;a coesão social;a participação cidadã;a igualdade de oportunidades;o diálogo intercultural;a governação urbana;a educação inclusiva;a diversidade cultural;a segurança urbana;o emprego jovem'),
    settings: words(';;nas cidades;na Europa;nos bairros;na escola'),
    topicTemplates: ['{Type} sobre {topic}', '{Type}: {topic}', '{Topic} – {type}'],
    cityTemplates: ['{Type} sobre {topic} em {City}', '{City}: {type} sobre {topic}'],
    seriesTemplates: ['{Ordinal} {type} da rede {Org}', 'Visita de estudo a {City}', 'Reunião dos coordenadores {Org}'],
    smallWordSwaps: [[' sobre ', ' acerca de '], [' dos ', ' de ']]
  },
  nl: {
    types: words('bijeenkomst;studiebezoek;seminar;workshop;conferentie;prijsuitreiking;forum;rondetafelgesprek;zomerschool;symposium;studiedag'),
    subjects: words('integratie van nieuwkomers;interculturele bemiddeling;lokaal integratiebeleid;sociale samenhang;burgerparticipatie;gelijke kansen;interculturele dialoog;stedelijke ontwikkeling;inclusief onderwijs;culturele diversiteit;stedelijke veiligheid;jeugdwerkgelegenheid'),
    settings: words(';;in steden;in Europa;in de wijk;op school'),
    topicTemplates: ['{Type} over {topic}', '{Type}: {topic}', '{Topic} – {type}'],
    cityTemplates: ['{Type} over {topic} in {City}', '{City}: {type} over {topic}'],
    seriesTemplates: ['{Ordinal} {Org}-{type}', 'Studiebezoek aan {City}', 'Bijeenkomst van de {Org}-coördinatoren'],
    smallWordSwaps: [[' over ', ' rond '], [' van de ', ' van ']]
  }
}

export const LANGUAGES: readonly Language[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']
/** Most listings are in English; the rest follow the host country's language. */
export const LANGUAGE_WEIGHTS: readonly number[] = [55, 12, 10, 8, 7, 4, 4]

export const ORGANISATIONS = words(
  'ICC;Intercultural Cities;Eurocities;Council of Europe;Open Cities;Cities of Migration;Welcoming Cities;URBACT;Anna Lindh Foundation;European Urban Forum;Diversity Advantage;CLIP network;Migration Policy Group;Inclusive Cities;Metropolis'
)

const ORDINALS: Readonly<Record<Language, readonly string[]>> = {
  en: words('1st;2nd;3rd;4th;5th;6th;7th;8th;9th;10th'),
  fr: words('1er;2e;3e;4e;5e;6e;7e;8e;9e;10e'),
  de: words('1.;2.;3.;4.;5.;6.;7.;8.;9.;10.'),
  es: words('1.º;2.º;3.º;4.º;5.º;6.º;7.º;8.º;9.º;10.º'),
  it: words('1°;2°;3°;4°;5°;6°;7°;8°;9°;10°'),
  pt: words('1.º;2.º;3.º;4.º;5.º;6.º;7.º;8.º;9.º;10.º'),
  nl: words('1e;2e;3e;4e;5e;6e;7e;8e;9e;10e')
}

export function ordinal(language: Language, n: number): string {
  return ORDINALS[language][(n - 1) % 10]
}

export const NOTES = words(
  'Programme available on request;Invitation only;Organised with the host city;Report published afterwards;Interpretation provided;Postponed once;Open to the public;Registration required'
)

export const TAG_SETS: readonly (readonly string[])[] = [
  [],
  [],
  ['icc'],
  ['study-visit'],
  ['conference'],
  ['icc', 'network'],
  ['migration'],
  ['education', 'youth'],
  ['urban-planning'],
  ['award']
].map((tags) => Object.freeze(tags))
