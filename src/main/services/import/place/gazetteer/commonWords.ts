/**
 * Words that listings use as words and that GeoNames also knows as a town somewhere ("Reading",
 * "Police", "Opera", "Mobile", "Split"). Alone on a line they are never read as a place unless a
 * country is stated with them ("Reading, UK"). Folded forms; several languages.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // venues and rooms
  'aula', 'room', 'hall', 'salle', 'sala', 'saal', 'zaal', 'centre', 'center', 'centro', 'zentrum', 'museum', 'musee', 'museo',
  'library', 'biblioteca', 'bibliotheque', 'theatre', 'theater', 'teatro', 'opera', 'auditorium', 'gallery', 'galerie', 'campus',
  'university', 'universite', 'universita', 'universitat', 'college', 'school', 'academy', 'institute', 'institut', 'palace',
  'palais', 'palazzo', 'palacio', 'castle', 'chateau', 'church', 'chapel', 'cathedral', 'park', 'parc', 'garden', 'market',
  'arena', 'stadium', 'forum', 'club', 'hotel', 'office', 'house', 'home', 'main', 'station', 'port', 'harbour', 'city',
  'town', 'village', 'downtown', 'campus', 'lobby', 'foyer', 'terrace', 'plaza', 'piazza', 'square', 'street',
  // events and listing words
  'conference', 'congress', 'summit', 'meeting', 'seminar', 'workshop', 'lecture', 'concert', 'festival', 'exhibition',
  'opening', 'closing', 'reception', 'launch', 'session', 'tour', 'visit', 'mission', 'forum', 'online', 'virtual',
  'hybrid', 'live', 'event', 'events', 'agenda', 'calendar', 'program', 'programme', 'news', 'reading', 'police', 'mobile',
  'hope', 'unity', 'liberty', 'independence', 'victory', 'union', 'progress', 'friendship',
  'harmony', 'paradise', 'eden', 'aurora', 'pride', 'justice', 'peace', 'state', 'federal', 'national', 'international',
  'general', 'central', 'royal', 'grand', 'new', 'old', 'north', 'south', 'east', 'west', 'tba', 'tbd', 'tbc', 'various',
  'all', 'none', 'other', 'see', 'more', 'info', 'free', 'open', 'closed', 'today', 'tomorrow', 'weekend', 'date', 'time',
  'place', 'venue', 'location', 'title', 'details', 'contact', 'register', 'registration', 'tickets', 'price', 'saturday',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'march', 'may', 'june', 'august', 'mai', 'mayo',
  'marzo', 'maggio', 'giugno', 'juni', 'juli', 'luglio', 'julio', 'junio', 'agosto', 'aout', 'domingo', 'sabado',
  'surprise', 'normal', 'spring', 'sale', 'deal', 'orange', 'commerce', 'industry', 'enterprise', 'opportunity', 'bend',
  'eagle', 'welcome', 'keynote', 'panel', 'lunch', 'dinner', 'breakfast', 'party', 'gala', 'award', 'awards', 'prize'
])
