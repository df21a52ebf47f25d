import { describe, expect, it } from 'vitest'
import { choosePeople, type PersonCandidate } from './person.js'

const person = (id: number, fullName: string, sex: string): PersonCandidate => ({
  id,
  fullName,
  unitName: 'Cục Viễn thông',
  sex,
  score: 1,
})

const DUNG = person(1, 'Nguyễn Minh Dung', 'female')
const DUNG_2 = person(2, 'Nguyễn Minh Dũng', 'male')
const DUNG_3 = person(3, 'Nguyễn Minh Dũng', 'male')

describe('choosePeople', () => {
  it('finds the one person of the name typed without diacritics', () => {
    expect(choosePeople({ name: 'nguyen minh dung' }, [DUNG])).toMatchObject({
      kind: 'found',
      ids: [1],
      fullName: 'Nguyễn Minh Dung',
    })
  })

  it('asks back when the name without diacritics fits several people', () => {
    expect(choosePeople({ name: 'Nguyen Minh Dung' }, [DUNG, DUNG_2]).kind).toBe('namesakes')
  })

  it('takes the diacritics the asker typed as part of the name', () => {
    expect(choosePeople({ name: 'Nguyễn Minh Dung' }, [DUNG, DUNG_2, DUNG_3])).toMatchObject({
      kind: 'found',
      ids: [1],
    })
    expect(choosePeople({ name: 'Nguyễn Minh Dũng' }, [DUNG, DUNG_2, DUNG_3]).kind).toBe(
      'namesakes',
    )
  })

  it('tells namesakes apart by the honorific', () => {
    expect(choosePeople({ name: 'Nguyen Minh Dung', sex: 'female' }, [DUNG, DUNG_2])).toMatchObject(
      {
        kind: 'found',
        ids: [1],
      },
    )
    expect(
      choosePeople({ name: 'Nguyen Minh Dung', sex: 'male' }, [DUNG, DUNG_2, DUNG_3]).kind,
    ).toBe('namesakes')
  })

  it('keeps every namesake when the honorific fits none of them', () => {
    expect(choosePeople({ name: 'Nguyen Minh Dung', sex: 'male' }, [DUNG])).toMatchObject({
      kind: 'found',
      ids: [1],
    })
  })

  it('never answers for a merely similar name', () => {
    expect(choosePeople({ name: 'Nguyen Minh Dong' }, [DUNG]).kind).toBe('unsure')
    expect(choosePeople({ name: 'Nguyen Minh Dong' }, []).kind).toBe('none')
  })
})
