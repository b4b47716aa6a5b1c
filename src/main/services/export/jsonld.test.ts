import jsonld from 'jsonld'
import { describe, expect, it } from 'vitest'
import { renderJsonLd, toSchemaOrgEvent, type JsonLdRecord } from './jsonld'
import { collect, makeRecord } from './testSupport/records'

const S = 'https://schema.org/'

// Tests run offline: serve a minimal schema.org context instead of fetching the real one.
async function documentLoader(url: string) {
  if (url === 'https://schema.org/' || url === 'https://schema.org') {
    return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': S } } }
  }
  throw new Error(`unexpected fetch of ${url} in an offline test`)
}

type Expanded = Record<string, { '@value'?: unknown; '@id'?: string; '@type'?: string[] }[] | string | string[]>

async function expand(text: string): Promise<Expanded[]> {
  return (await jsonld.expand(JSON.parse(text), { documentLoader })) as Expanded[]
}

function values(node: Expanded, property: string): unknown[] {
  return (node[S + property] as { '@value': unknown }[]).map((value) => value['@value'])
}

describe('JSON-LD export', () => {
  it('expands to schema.org Events with place, address, keywords and identifier', async () => {
    const text = collect(renderJsonLd([makeRecord()]))
    // Expansion drops the top-level @graph wrapper: the result is the list of events.
    const events = await expand(text)
    expect(events).toHaveLength(1)
    const event = events[0]!
    expect(event['@id']).toBe('urn:uuid:6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f')
    expect(event['@type']).toEqual([S + 'Event'])
    expect(values(event, 'name')).toEqual(['International Meeting on Water'])
    expect(values(event, 'startDate')).toEqual(['2015-10-29'])
    expect(values(event, 'endDate')).toEqual(['2015-10-30'])
    expect(values(event, 'description')).toEqual(['Hosted by the university.'])
    expect(values(event, 'keywords').sort()).toEqual(['meeting', 'water'])
    expect(values(event, 'identifier')).toEqual(['6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f'])

    const [place] = event[S + 'location'] as unknown as Expanded[]
    expect(place!['@type']).toEqual([S + 'Place'])
    expect(values(place!, 'name')).toEqual(['Neuchâtel (Switzerland)'])
    const [address] = place![S + 'address'] as unknown as Expanded[]
    expect(address!['@type']).toEqual([S + 'PostalAddress'])
    expect(values(address!, 'addressLocality')).toEqual(['Neuchâtel'])
    expect(values(address!, 'addressCountry')).toEqual(['CH'])
  })

  it('leaves out what a record does not have, and handles an empty export', async () => {
    const bare = makeRecord({ place: null, city: null, country: null, countryCode: null, notes: null, tags: [], endDate: null })
    const parsed = JSON.parse(collect(renderJsonLd([bare])))
    expect(parsed['@context']).toBe('https://schema.org/')
    const event = parsed['@graph'][0]
    expect(Object.keys(event).sort()).toEqual(['@id', '@type', 'identifier', 'name', 'startDate'])
    expect(JSON.parse(collect(renderJsonLd([])))['@graph']).toEqual([])
    await expect(expand(collect(renderJsonLd([bare])))).resolves.toHaveLength(1)
  })

  it('expands every event of a multi-record graph', async () => {
    const records = [1, 2, 3].map((id) => makeRecord({ id, uid: `00000000-0000-4000-8000-00000000000${id}`, title: `Event ${id}` }))
    const expanded = await expand(collect(renderJsonLd(records)))
    const names = expanded.map((node) => values(node, 'name')[0]).sort()
    expect(names).toEqual(['Event 1', 'Event 2', 'Event 3'])
  })

  it('builds each event exactly as compacting whole nodes did (keys, order, empty parts left out)', () => {
    // The former construction, kept as the reference: every node built whole, then null, undefined and [] dropped.
    type Node = Record<string, unknown>
    const compact = (node: Node): Node | undefined => {
      const entries = Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      return entries.some(([key]) => key !== '@type') ? Object.fromEntries(entries) : undefined
    }
    const reference = (r: JsonLdRecord): Node => {
      const address = compact({ '@type': 'PostalAddress', addressLocality: r.city, addressCountry: r.countryCode ?? r.country })
      const location = compact({ '@type': 'Place', name: r.place, address })
      return compact({ '@id': `urn:uuid:${r.uid}`, '@type': 'Event', identifier: r.uid, name: r.title, startDate: r.startDate, endDate: r.endDate, location, description: r.notes, keywords: r.tags })!
    }
    const options: (string | null)[] = [null, '', 'x']
    let checked = 0
    for (const place of options) for (const city of options) for (const country of options) for (const countryCode of options) for (const notes of options) {
      for (const tags of [[], ['a', 'b']]) {
        const record = makeRecord({ place, city, country, countryCode, notes, tags, startDate: notes === 'x' ? null : '2020-01', endDate: city })
        expect(JSON.stringify(toSchemaOrgEvent(record))).toBe(JSON.stringify(reference(record)))
        checked++
      }
    }
    expect(checked).toBe(3 ** 5 * 2)
  })
})
