import { expect, it } from 'vitest'
import { textDiff } from './textDiff'
it('widens a change to whole words, and keeps digits exact', () => {
  expect(textDiff('Montreal (Canada)', 'Montréal (Canada)')).toEqual({ prefix: '', removed: 'Montreal', added: 'Montréal', suffix: ' (Canada)' })
  expect(textDiff('2015-10-22', '2017-10-22')).toEqual({ prefix: '201', removed: '5', added: '7', suffix: '-10-22' })
  expect(textDiff('a b', 'a b c')).toEqual({ prefix: 'a b', removed: '', added: ' c', suffix: '' })
})
