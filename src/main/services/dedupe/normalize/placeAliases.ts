import { foldText } from './fold'

/**
 * Exonyms and endonyms of the same city. The first name of each line is the canonical key;
 * names are folded before lookup, so diacritics (`Montréal`, `Genève`) need no entry of their own.
 */
const CITY_NAME_VARIANTS: readonly string[] = [
  'turin|torino|turim',
  'kyiv|kiev|kiew|kijiv|kyjiv|kiyv',
  'seville|sevilla|sevilha|siviglia',
  'cologne|koln|koeln|colonia',
  'munich|munchen|muenchen|monaco di baviera|munique',
  'lisbon|lisboa|lissabon|lisbonne|lisbona',
  'brussels|bruxelles|brussel|bruessel|bruselas|bruxelas',
  'florence|firenze|florenz|florencia|florenca',
  'vienna|wien|vienne|viena|wenen',
  'prague|praha|prag|praga',
  'warsaw|warszawa|warschau|varsovie|varsovia|varsavia',
  'geneva|geneve|genf|ginevra|ginebra|genebra',
  'rome|roma|rom',
  'milan|milano|mailand|milao',
  'naples|napoli|neapel|napoles|napels',
  'venice|venezia|venedig|venise|venecia|veneza',
  'genoa|genova|genua|genes',
  'padua|padova|padoue',
  'copenhagen|kobenhavn|kopenhagen|copenhague',
  'the hague|den haag|la haye|s gravenhage|la haya|haia|l aia',
  'antwerp|antwerpen|anvers|amberes|anversa',
  'ghent|gent|gand|gante',
  'bruges|brugge|brujas',
  'liege|luik|luttich',
  'athens|athina|athen|athenes|atenas|atene',
  'moscow|moskva|moskau|moscou|moscu|mosca',
  'saint petersburg|st petersburg|sankt peterburg|sankt petersburg|saint petersbourg|san petersburgo',
  'bucharest|bucuresti|bukarest|bucarest',
  'belgrade|beograd|belgrad|belgrado',
  'strasbourg|strassburg|estrasburgo|strasburgo',
  'nuremberg|nurnberg|nuernberg|norimberga',
  'hanover|hannover|hanovre',
  'basel|bale|basle|basilea',
  'zurich|zuerich|zurigo',
  'lucerne|luzern|lucerna',
  'bern|berne|berna',
  'neuchatel|neuenburg',
  'fribourg|freiburg im uechtland',
  'gothenburg|goteborg',
  'krakow|cracow|krakau|cracovie|cracovia',
  'gdansk|danzig',
  'wroclaw|breslau',
  'lviv|lwow|lvov|lemberg|leopoli',
  'kharkiv|kharkov',
  'odesa|odessa',
  'vilnius|wilno',
  'tallinn|reval',
  'helsinki|helsingfors',
  'beijing|peking|pekin|pequim',
  'mexico city|ciudad de mexico|mexico df|cidade do mexico|mexico stadt',
  'new york|new york city|nyc',
  'san sebastian|donostia|donostia san sebastian',
  'a coruna|la coruna|corunna',
  'zaragoza|saragossa|saragosse',
  'aachen|aix la chapelle|aquisgran|aquisgrana',
  'mainz|mayence|magonza',
  'trier|treves|treveri',
  'livorno|leghorn',
  'syracuse|siracusa',
  'porto|oporto',
  'thessaloniki|salonica|salonika|thessalonique|salonicco',
  'istanbul|constantinople|estambul',
  'nicosia|lefkosia|nicosie',
  'tbilisi|tiflis',
  'chisinau|kishinev',
  'marseille|marseilles|marsella|marsiglia',
  'lyon|lyons|lione',
  'dunkirk|dunkerque',
  'london|londres|londra|londen',
  'edinburgh|edimbourg|edimburgo',
  'dublin|baile atha cliath|dublino',
  'frankfurt|frankfurt am main|francfort|francoforte',
  'bratislava|pressburg',
  'ljubljana|laibach|lubiana',
  'zagreb|agram|zagabria',
  'sofia|sofiya',
  'luxembourg|luxemburg|lussemburgo|luxemburgo',
  'reggio emilia|reggio nell emilia',
  'quebec|quebec city|ville de quebec',
  'tokyo|tokio',
  'seoul|seul',
  'cairo|le caire|el cairo|il cairo|kairo',
  'algiers|alger|argel|algeri',
  'tunis|tunez|tunisi',
  'online|virtual|en ligne|webinar|virtuell|virtuel|online event|zoom'
]

const CANONICAL_CITY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const line of CITY_NAME_VARIANTS) {
    const [canonical, ...variants] = line.split('|').map((name) => foldText(name))
    for (const name of [canonical, ...variants]) if (!map.has(name)) map.set(name, canonical)
  }
  return map
})()

/** The canonical folded name of a city, e.g. `Köln` and `Cologne` give `cologne`. */
export function canonicalCity(city: string): string {
  const folded = foldText(city)
  return CANONICAL_CITY.get(folded) ?? folded
}

/** True for places that mean "not in a physical place" (online, virtual, webinar). */
export function isOnlinePlace(foldedPlace: string): boolean {
  return /\b(online|virtual|virtuel|virtuell|webinar|en ligne|zoom)\b/.test(foldedPlace)
}
