/**
 * A line of a page as its reader sees it: Markdown and HTML markup taken away (links keep their
 * text, emphasis its words, entities their characters), with what the markup said about the
 * line kept apart: a heading, a list item, a quote. Titles are then read from what a person
 * sees on the page, not from its source.
 */

export interface CleanLine {
  text: string
  /** A Markdown heading (`### May`) or a whole line in bold (`**Styczeń**`). */
  heading: boolean
  /** A list item (`- `, `* `, `• `): in listings, often a sub-item of the line above. */
  bullet: boolean
  /** Nothing a reader would read: an HTML comment, a rule, an image. */
  noise: boolean
  /** The whole line is a link's text or a quotation: on listing pages, usually an event's name. */
  named?: boolean
  /** The texts of the links in the line (an event's name, more often than not). */
  links?: string[]
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bull: '•', middot: '·', ndash: '–', mdash: '—',
  hellip: '…', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', copy: '©', reg: '®', deg: '°'
}

const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi
const LINK = /!?\[([^\]\n]{0,500})\]\((?:[^()\s]{0,2000}|[^()\s]{0,2000}\([^()\s]{0,500}\))(?:\s+"[^"]{0,200}")?\)/g
const AUTO_LINK = /<(?:https?|mailto):[^>\s]{1,2000}>/gi
const HTML_COMMENT = /<!--.{0,2000}?-->/g
const HTML_TAG = /<\/?[a-z][a-z0-9]{0,10}(?:\s[^<>]{0,500})?\/?>/gi
const STRONG = /(\*\*|__)(?=\S)(.{1,500}?\S)\1/g
const EMPHASIS = /(^|[\s(])[*_](?=\S)([^*_\n]{1,300}?\S)[*_](?=$|[\s).,;:!?])/g
const CODE = /`([^`\n]{1,500})`/g
const HEADING = /^#{1,6}\s+/
const BULLET = /^(?:[-*+•·▪◦●]|&bull;)\s+/
const QUOTE = /^>\s?/
const RULE = /^(?:[-_*=~]\s*){3,}$/

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  }
  return ENTITIES[body.toLowerCase()] ?? whole
}

/** True when the line may carry markup worth a closer look (most lines of most pages do not). */
const MARKUP_HINT = /[&<[*_`#>|\\-]|^\s*[•·▪◦●+]/

/** A line wholly in quotation marks names something (a talk, an event): the quoted text, marked named. */
function quotationOf(text: string): CleanLine | null {
  if (!/^["“„«][^"“”„«»]{3,}["”“»]$/.test(text)) return null
  return { text: text.slice(1, -1).trim(), heading: false, bullet: false, noise: false, named: true }
}

export function cleanLine(raw: string): CleanLine {
  let text = raw.trim()
  if (text === '' || !MARKUP_HINT.test(text)) return quotationOf(text) ?? { text, heading: false, bullet: false, noise: false }
  let heading = false
  let bullet = false
  if (text.startsWith('<!--') && text.endsWith('-->')) return { text: '', heading: false, bullet: false, noise: true }
  if (RULE.test(text)) return { text: '', heading: false, bullet: false, noise: true }
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity)
  if (HEADING.test(text)) {
    heading = true
    text = text.replace(HEADING, '').replace(/\s+#+$/, '')
  }
  if (QUOTE.test(text)) text = text.replace(QUOTE, '')
  if (BULLET.test(text)) {
    bullet = true
    text = text.replace(BULLET, '')
  }
  let named = false
  const links: string[] = []
  if (text.includes('](')) {
    const linked = text.replace(LINK, (_m, label: string) => {
      links.push(label.replace(/^["“„«]|["”“»]$/g, '').trim())
      return label
    })
    named = /^!?\[[^\]]*\]\([^)]*\)$/.test(text.replace(/[\s•·|,;:–—-]+$/, ''))
    text = linked
  }
  if (text.includes('<')) text = text.replace(AUTO_LINK, '').replace(HTML_COMMENT, '').replace(HTML_TAG, ' ')
  if (text.includes('**') || text.includes('__')) {
    const whole = /^(\*\*|__)(.+)\1:?$/.exec(text)
    if (whole !== null && !whole[2]!.includes(whole[1]!)) heading = true
    text = text.replace(STRONG, (_m, _mark: string, inner: string) => inner)
  }
  // An emphasised span inside a line (`**Monday 16 January** – *The Canals of the Midlands* – talk by …`)
  // names something, as a link's text does: kept with the links, for the readers that cut lines into fields.
  if (text.includes('*') || text.includes('_')) {
    text = text.replace(EMPHASIS, (_m, before: string, inner: string) => {
      if (!/^\d/.test(inner)) links.push(inner.trim())
      return before + inner
    })
  }
  // Emphasis opened on one line and closed on another (`**\- jak co` … `zapraszamy!**`), and Markdown escapes (`\-`).
  if (text.includes('**') || text.includes('__')) text = text.replace(/\*\*|__/g, '')
  if (text.includes('\\')) text = text.replace(/\\([-*_#[\]()>+.!`])/g, '$1')
  if (text.includes('`')) text = text.replace(CODE, (_m, inner: string) => inner)
  text = text.replace(/\s{2,}/g, ' ').trim()
  if (text === '' && raw.trim() !== '') return { text, heading: false, bullet: false, noise: true }
  const quoted = quotationOf(text)
  if (quoted !== null) {
    named = true
    text = quoted.text
  }
  return links.length > 0 ? { text, heading, bullet, noise: false, named, links } : { text, heading, bullet, noise: false, named }
}
