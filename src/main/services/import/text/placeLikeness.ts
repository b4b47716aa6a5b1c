/** How much a line looks like a place rather than a title: used where layout alone cannot tell. */

import { splitPlace } from '../place'

const CONNECTORS = new Set(['and', 'et', 'und', 'y', 'e', 'de', 'la', 'le', 'du', 'of', 'do', 'dos', 'das', 'da', 'des', 'dei', 'della', 'del', 'al', 'the', 'upon', 'on', 'am', 'an', 'der', 'sur', 'del', 'di', 'da', 'van', 'den', 'en'])
const SENTENCE_MARKS = /[:;?!«»"“”]|\.\s|\.$/

/** Words that name a venue or an address, in the languages of the pages we read. */
const VENUE_WORDS =
  /\b(?:auditori(?:um|o)|salle|sala|saal|zaal|sal|salen|scene|scenen|room|raum|hall|theat(?:re|er)|teatro|th[ée]âtre|mus[ée]e|museum|museo|biblioth[èe]que|biblioteca|bibliothek|library|aula|palazzo|palais|palacio|centre|center|centro|zentrum|campus|rue|street|str\.|straße|strasse|platz|piazza|piazzale|plaza|pra[çc]a|avenida|avenue|boulevard|via|viale|calle|chaussée|lane|road|square|stadium|arena|cathedral|cath[ée]drale|kirche|church|chiesa|iglesia|hotel|h[ôo]tel|palace|gallery|galerie|galleria|universit[yéàä]\w*|college|coll[èe]ge|school|école|schule|escuela|scuola|mercado|market|marché|markt|mercato|parque|park|jardim|jardin|garden|garten|giardino|stadion|estádio|estadio|amphith[ée]at(?:re|er)|anfiteatro|auditório|pavilh[ãa]o|pavilion|pavillon)\b/iu
/**
 * Venue words that languages write inside compounds (Stadsbiblioteket, Kulturhuset, Konzerthaus,
 * Marktplatz, Schouwburg) or without spaces (会议中心, 세종문화회관): found anywhere in a word.
 * Only stems long or distinctive enough not to hide inside ordinary words.
 */
const VENUE_STEMS =
  /(?:bibliotek|bibliothek|bibliotheek|biblioteca|knihovn|kütüphane|библиотек|museum|museet|muzeum|müze|múzeum|музе|μουσεί|teater|theater|teatr|tiyatro|színház|театр|θέατρ|divadl|kulturhus|konserthus|haus(?!\p{L})|konzerthaus|schouwburg|gemeentehuis|rathaus|stadthalle|oditoryum|auditor|platz|plein|torget|náměstí|straße|strasse|straat|gatan|kirche|kyrka|kirke|kerk|kostel|kościół|церк|katedral|galleri|galerie|galeria|výstavišt|messe|centrum|merkezi|zentrum|salen|saal|sahne|universit|hochschule|högskola|uczelni|университет|dvorana|palác|pałac|дворец|会館|会馆|会议中心|會議中心|中心|大学|大學|博物|美术馆|美術館|图书馆|圖書館|図書館|剧院|劇場|剧场|会場|ホール|ホテル|公民館|센터|회관|극장|홀|미술관|박물관|도서관|대학교|광장)/iu

/** True when the text names a kind of venue (a hall, a theatre, a square…). */
export function namesVenue(text: string): boolean {
  return VENUE_WORDS.test(text) || VENUE_STEMS.test(text)
}

/** "At" before a capitalised name: `A Brignoles, …`, `In Berlin`, `Presso la Sala …`. */
const AT_PLACE = /^(?:[àÀaA]|[Aa]u|[Aa]t|[Ii]n|[Ii]m|[Ee]n|[Nn]el|[Nn]ella|[Pp]resso|[Ee]m|[Nn]o|[Nn]a)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,/u

/** 3: names a country or a medium ("online"); 2: a venue or "at …"; 1: short, capitalised like a town; 0: reads like a title. */
export function placeLikeness(text: string): number {
  if (text === '' || text.length > 160) return 0
  if (text.length > 80) return AT_PLACE.test(text) && namesVenue(text) ? 2 : 0
  const reading = splitPlace(text)
  if (reading.countryCode !== null && !reading.countryInferred) return 3
  // `Minneapolis, MN`: a town and its state or province, as the gazetteer knows them.
  if (reading.countryCode !== null && /,\s*\p{Lu}{2}$/u.test(text)) return 3
  // "Online via Zoom", "Zoom / Berlin"; not "Digital Humanities 2020", whose other words are no place.
  if (reading.online && text.split(/\s+/).length <= 4 && (reading.city === null || reading.countryCode !== null)) return 3
  if (AT_PLACE.test(text) && !SENTENCE_MARKS.test(text.slice(0, 60))) return 2
  if (SENTENCE_MARKS.test(text) || /\d/.test(text)) return namesVenue(text) && text.split(/\s+/).length <= 12 && !/[.!?]\s/.test(text) ? 2 : 0
  const words = text.split(/[\s/,()-]+/).filter((w) => w !== '' && !CONNECTORS.has(w.toLowerCase()))
  if (words.length === 0) return 0
  if (words.length > 4) return namesVenue(text) && words.length <= 10 ? 2 : 0
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  if (namesVenue(text) && /^[\p{Lu}\p{Lo}]/u.test(text)) return 2
  return capitalised === words.length ? 1 : 0
}
