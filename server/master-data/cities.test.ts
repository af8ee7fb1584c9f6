import { describe, expect, it } from 'vitest'
import { allCities, allCityAliases, CITY_ALIASES, findCity, findCityAllowingTypo, getCityById, haversineKm, nearbyCities, searchCities, type City } from './cities'

function must(name: string): City {
  const c = findCity(name)
  if (!c) throw new Error(`no city ${name}`)
  return c
}

describe('dataset', () => {
  it('has thousands of Indian places with unique, stable ids and ranks 1..n', () => {
    const all = allCities()
    expect(all.length).toBeGreaterThan(3000)
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    all.forEach((c, i) => expect(c.rank).toBe(i + 1))
    expect(must('Mumbai').id).toBe('mumbai-mh')
    expect(must('Navi Mumbai').id).toBe('navi-mumbai-mh')
    expect(getCityById('bengaluru-ka')?.name).toBe('Bengaluru')
    expect(getCityById('nowhere-xx')).toBeNull()
  })

  it('keeps coordinates inside India and state names from the dataset', () => {
    for (const c of allCities()) {
      expect(c.lat).toBeGreaterThan(6)
      expect(c.lat).toBeLessThan(37.5)
      expect(c.lng).toBeGreaterThan(68)
      expect(c.lng).toBeLessThan(97.5)
      expect(c.state.length).toBeGreaterThan(2)
    }
    expect(must('Pune').state).toBe('Maharashtra')
  })

  it('ranks tier-1 metros first', () => {
    expect(allCities().slice(0, 8).map((c) => c.name)).toEqual([
      'Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad', 'Chennai', 'Kolkata', 'Pune', 'Ahmedabad',
    ])
  })

  it('drops administrative areas and dataset noise', () => {
    const names = new Set(allCities().map((c) => c.name))
    expect(names.has('Pune Division')).toBe(false)
    expect(names.has('Nadia district')).toBe(false)
    expect(names.has('Nadiad,')).toBe(false)
    expect(names.has('Nadiad')).toBe(true)
    expect([...names].some((n) => /[^\x20-\x7e]/.test(n))).toBe(false)
    // merged rather than duplicated
    expect(allCities().filter((c) => c.name === 'Prayagraj')).toHaveLength(1)
    expect(allCities().filter((c) => c.name === 'Delhi')).toHaveLength(1)
  })
})

describe('findCityAllowingTypo', () => {
  it.each([
    ['Banglore', 'Bengaluru'],
    ['Hydrabad', 'Hyderabad'],
    ['chnadigarh', 'Chandigarh'],
    ['Ahmadabad', 'Ahmedabad'],
    ['Thiruvananthpuram', 'Thiruvananthapuram'],
    ['Pune', 'Pune'],
  ])('%s → %s', (typed, name) => {
    expect(findCityAllowingTypo(typed)?.name).toBe(name)
  })

  it('leaves short words, ordinary words and towns alone', () => {
    for (const w of ['Pure', 'Engineer', 'Manager', 'Indeed', 'Analyst', 'Remote', 'Software', 'Develop']) expect(findCityAllowingTypo(w)).toBeNull()
  })
})

describe('findCity', () => {
  it.each([
    ['Bombay', 'Mumbai'],
    ['Bangalore', 'Bengaluru'],
    ['bengaluru', 'Bengaluru'],
    ['Gurgaon', 'Gurugram'],
    ['Calcutta', 'Kolkata'],
    ['Madras', 'Chennai'],
    ['Poona', 'Pune'],
    ['Trivandrum', 'Thiruvananthapuram'],
    ['Baroda', 'Vadodara'],
    ['Mysore', 'Mysuru'],
    ['Mangalore', 'Mangaluru'],
    ['Vizag', 'Visakhapatnam'],
    ['Cochin', 'Kochi'],
    ['New Delhi', 'Delhi'],
    ['Delhi NCR', 'Delhi'],
    ['Navi Mumbai', 'Navi Mumbai'],
    ['Allahabad', 'Prayagraj'],
    ['Prayagraj (Allahabad)', 'Prayagraj'],
    ['Pondicherry', 'Puducherry'],
    ['Trichy', 'Tiruchirappalli'],
    ['Calicut', 'Kozhikode'],
    ['Hubli', 'Hubballi'],
    ['Gulbarga', 'Kalaburagi'],
    ['Belgaum', 'Belagavi'],
    ['Bhubaneshwar', 'Bhubaneswar'],
    ['Vasai-Virar', 'Virar'],
    ['Chhatrapati Sambhajinagar', 'Aurangabad'],
  ])('%s → %s', (input, expected) => {
    expect(findCity(input)?.name).toBe(expected)
  })

  it('resolves every alias (≥ 30) to its city; no alias is shadowed by another place', () => {
    expect(CITY_ALIASES.length).toBeGreaterThanOrEqual(30)
    for (const [alias, name, stateCode] of CITY_ALIASES) {
      const c = findCity(alias)
      expect(`${alias} → ${c?.name}/${c?.stateCode}`).toBe(`${alias} → ${name}/${stateCode}`)
    }
  })

  it('ignores case, spaces and punctuation', () => {
    expect(findCity('  PIMPRI chinchwad ')?.name).toBe('Pimpri-Chinchwad')
    expect(findCity('navi-mumbai')?.name).toBe('Navi Mumbai')
    expect(findCity('NEW   DELHI.')?.name).toBe('Delhi')
  })

  it('prefers the most important of same-named places, or the named state', () => {
    expect(findCity('Raipur')?.stateCode).toBe('CT')
    expect(findCity('Aurangabad')?.stateCode).toBe('MH')
    expect(findCity('Raipur, Rajasthan')?.stateCode).toBe('RJ')
    expect(findCity('Aurangabad, BR')?.stateCode).toBe('BR')
  })

  it('returns null for unknown input, prefixes and blanks', () => {
    expect(findCity('Atlantis')).toBeNull()
    expect(findCity('Mumb')).toBeNull()
    expect(findCity('')).toBeNull()
    expect(findCity(' ,.- ')).toBeNull()
    expect(findCity('Raipur, Narnia')).toBeNull()
  })
})

describe('searchCities', () => {
  const top = (q: string) => searchCities(q)[0]?.name

  it('ranks by importance', () => {
    expect(top('mu')).toBe('Mumbai')
    expect(top('ban')).toBe('Bengaluru')
    expect(top('gur')).toBe('Gurugram')
    expect(top('del')).toBe('Delhi')
    expect(top('hy')).toBe('Hyderabad')
    expect(top('Ko')).toBe('Kolkata')
  })

  it('matches aliases and returns the canonical city once', () => {
    expect(searchCities('Bombay').map((c) => c.name)).toEqual(['Mumbai'])
    expect(top('bangal')).toBe('Bengaluru')
    const madr = searchCities('madr')
    expect(madr[0].name).toBe('Chennai')
    expect(new Set(madr.map((c) => c.id)).size).toBe(madr.length)
  })

  it('lists word-prefix matches after prefix matches', () => {
    const names = searchCities('mumbai', 20).map((c) => c.name)
    expect(names[0]).toBe('Mumbai')
    expect(names).toContain('Navi Mumbai')
    expect(names.indexOf('Navi Mumbai')).toBeGreaterThan(names.indexOf('Mumbai Suburban'))
    expect(top('navi mum')).toBe('Navi Mumbai')
  })

  it('honours the limit and handles empty and unknown queries', () => {
    expect(searchCities('s', 3)).toHaveLength(3)
    expect(searchCities('s', 0)).toEqual([])
    expect(searchCities('').map((c) => c.name).slice(0, 2)).toEqual(['Mumbai', 'Delhi'])
    expect(searchCities('zzzzqq')).toEqual([])
  })

  it('returns prefix hits in rank order', () => {
    const hits = searchCities('a', 50)
    expect(hits.length).toBe(50)
    for (let i = 1; i < hits.length; i++) expect(hits[i].rank).toBeGreaterThan(hits[i - 1].rank)
  })
})

describe('distances', () => {
  it('computes great-circle distances', () => {
    const mumbai = must('Mumbai')
    expect(haversineKm(mumbai, must('Thane'))).toBeLessThan(30)
    expect(haversineKm(mumbai, mumbai)).toBe(0)
    const mumDel = haversineKm(mumbai, must('Delhi'))
    expect(mumDel).toBeGreaterThan(1100)
    expect(mumDel).toBeLessThan(1200)
    expect(haversineKm(must('Delhi'), mumbai)).toBeCloseTo(mumDel, 6)
  })

  it('lists nearby cities nearest first, without the city itself', () => {
    const mumbai = must('Mumbai')
    const near = nearbyCities(mumbai, 40)
    const names = near.map((c) => c.name)
    expect(names).toContain('Thane')
    expect(names).toContain('Navi Mumbai')
    expect(names).not.toContain('Mumbai')
    expect(names).not.toContain('Pune')
    for (const c of near) expect(haversineKm(mumbai, c)).toBeLessThanOrEqual(40)
    for (let i = 1; i < near.length; i++) {
      expect(haversineKm(mumbai, near[i])).toBeGreaterThanOrEqual(haversineKm(mumbai, near[i - 1]))
    }
    expect(nearbyCities(must('Gurugram'), 35).map((c) => c.name)).toEqual(expect.arrayContaining(['Delhi', 'Faridabad']))
    expect(nearbyCities(mumbai, 0)).toEqual([])
  })
})

describe('city names in Devanagari (language packs)', () => {
  // the same records as the English names: ids are what profiles and jobs store
  it.each([
    ['मुंबई', 'Mumbai'],
    ['मुम्बई', 'Mumbai'],
    ['बम्बई', 'Mumbai'],
    ['बेंगलुरु', 'Bengaluru'],
    ['बंगलौर', 'Bengaluru'],
    ['बैंगलोर', 'Bengaluru'],
    ['दिल्ली', 'Delhi'],
    ['नई दिल्ली', 'New Delhi'],
    ['कोलकाता', 'Kolkata'],
    ['कलकत्ता', 'Calcutta'],
    ['चेन्नई', 'Chennai'],
    ['हैदराबाद', 'Hyderabad'],
    ['पुणे', 'Pune'],
    ['अहमदाबाद', 'Ahmedabad'],
    ['जयपुर', 'Jaipur'],
    ['लखनऊ', 'Lucknow'],
    ['गुड़गांव', 'Gurgaon'],
    ['गुडगाँव', 'Gurgaon'], // nukta left out, chandrabindu for anusvara
    ['नोएडा', 'Noida'],
    ['नवी मुंबई', 'Navi Mumbai'],
    ['इलाहाबाद', 'Allahabad'],
  ])('%s is the record for %s', (hindi, english) => {
    const city = must(english)
    expect(findCity(hindi)?.id).toBe(city.id)
    expect(findCity(` ${hindi}। `)?.id).toBe(city.id)
    expect(searchCities(hindi, 5)[0]?.id).toBe(city.id)
  })

  it('every Devanagari alias names a city of the dataset and is not shadowed by another place', () => {
    const devanagari = allCityAliases().filter(([alias]) => /\p{Script=Devanagari}/u.test(alias))
    expect(devanagari.length).toBeGreaterThan(100)
    for (const [alias, name, stateCode] of devanagari) {
      const city = findCity(alias)
      expect(city, alias).toMatchObject({ name, stateCode })
    }
  })

  it('autocompletes from the first letters and forgives one slip in a well-known name', () => {
    expect(searchCities('बंग', 3).map((c) => c.id)).toEqual(['bengaluru-ka'])
    expect(searchCities('दिल्', 3).map((c) => c.id)).toContain('delhi-dl')
    // a multi-word name is found by its later word too
    expect(searchCities('मुंबई', 5).map((c) => c.id)).toEqual(['mumbai-mh', 'navi-mumbai-mh'])
    expect(findCity('मुम्बइ')).toBeNull()
    expect(findCityAllowingTypo('मुम्बइ')?.id).toBe('mumbai-mh')
    expect(findCityAllowingTypo('हैद्राबाद')?.id).toBe('hyderabad-tg')
    expect(findCityAllowingTypo('शायद')).toBeNull()
  })

  it('leaves English keys and ids as they were', () => {
    expect(findCity('Pimpri Chinchwad')?.id).toBe('pimpri-chinchwad-mh')
    expect(findCity('BANGALORE')?.id).toBe('bengaluru-ka')
    expect(searchCities('mum', 3).map((c) => c.id)).toEqual(['mumbai-mh', 'mumbai-suburban-mh', 'navi-mumbai-mh'])
  })
})

describe('searchCities forgives a typing slip in a whole name', () => {
  it.each([
    ['Banglore', 'Bengaluru'],
    ['Mumbi', 'Mumbai'],
    ['bhubneshwar', 'Bhubaneswar'],
    ['Hydrabad', 'Hyderabad'],
  ])('%s → %s', (typed, name) => {
    expect(searchCities(typed, 8).map((c) => c.name)).toContain(name)
  })

  it('real prefix hits come first; nothing is invented for a short or unknown word', () => {
    expect(searchCities('Pun', 8)[0].name).toBe('Pune')
    expect(searchCities('xq', 8)).toEqual([])
    expect(searchCities('Qwzzyx', 8)).toEqual([])
  })
})
