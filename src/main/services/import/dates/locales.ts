/**
 * Which languages the date reader asks Intl about, and which of them win a tie.
 * The candidates are every ISO 639-1 language (and a few three-letter ones ICU carries);
 * Intl.DateTimeFormat.supportedLocalesOf keeps those this platform has data for, so a
 * runtime with more CLDR data reads more languages without a change here.
 */

const CANDIDATES =
  'aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu fil haw yue ckb ast'

/**
 * Languages most listings are written in, most used first. When a word names different
 * months in different languages (Polish and Czech "listopad" is November, Croatian October),
 * the reading of the highest-ranked language here wins unless the caller says otherwise.
 */
export const MAJOR_LANGUAGES: readonly string[] = [
  'en', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'zh', 'ja', 'ko', 'nl', 'pl', 'tr', 'ar', 'sv', 'cs',
  'uk', 'el', 'ro', 'hu', 'da', 'fi', 'nb', 'id', 'vi', 'ca', 'he', 'hi'
]

let supported: string[] | null = null

/** The candidate languages this runtime's Intl has date names for (computed once). */
export function supportedLanguages(): string[] {
  supported ??= Intl.DateTimeFormat.supportedLocalesOf(CANDIDATES.split(' '))
  return supported
}

/** Rank of a language among MAJOR_LANGUAGES; languages not listed rank after all of them. */
export function languageRank(language: string): number {
  const rank = MAJOR_LANGUAGES.indexOf(language)
  return rank === -1 ? MAJOR_LANGUAGES.length : rank
}
