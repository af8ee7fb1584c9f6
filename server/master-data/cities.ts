import { readCities, State as CscState } from './csc-data'
import { foldScripts, vocabulary } from '../normalise/language-packs'

/**
 * Indian cities for location fields, autocomplete and "nearby" matching.
 *
 * Source: the maintained `country-state-city` dataset (≈ 4 200 Indian places, coordinates, no
 * population). On top of it we add what the dataset lacks:
 * - `rank`: a curated importance order (tier-1 metros, then the largest cities by population);
 * - modern display names where the dataset uses an old spelling (Gurgaon → Gurugram…);
 * - aliases people still type (Bombay, Bangalore, Madras…), and the names in other scripts from the
 *   language packs (`normalise/data/languages/`: मुंबई, बंगलौर, नई दिल्ली…);
 * - city-centre coordinates for the curated cities (for many of them the dataset holds a district
 *   centroid: Thane is 31 km off, Jodhpur 63 km), which matters for "nearby cities".
 */
export type City = {
  /** stable: slug of the display name + state code, e.g. `mumbai-mh` */
  id: string
  name: string
  state: string
  stateCode: string
  lat: number
  lng: number
  /** 1 = most important; curated cities first, every other place after them */
  rank: number
}

type Curated = readonly [name: string, stateCode: string, lat: number, lng: number]

/**
 * Importance order: tier-1 metros, then cities/metros by census population (2011, adjusted where a
 * city has clearly grown past its 2011 place, e.g. Gurugram, Noida), then remaining state capitals.
 * Coordinates are city centres.
 */
const CURATED: readonly Curated[] = [
  ['Mumbai', 'MH', 19.076, 72.8777],
  ['Delhi', 'DL', 28.6139, 77.209],
  ['Bengaluru', 'KA', 12.9716, 77.5946],
  ['Hyderabad', 'TG', 17.385, 78.4867],
  ['Chennai', 'TN', 13.0827, 80.2707],
  ['Kolkata', 'WB', 22.5726, 88.3639],
  ['Pune', 'MH', 18.5204, 73.8567],
  ['Ahmedabad', 'GJ', 23.0225, 72.5714],
  ['Surat', 'GJ', 21.1702, 72.8311],
  ['Jaipur', 'RJ', 26.9124, 75.7873],
  ['Lucknow', 'UP', 26.8467, 80.9462],
  ['Kanpur', 'UP', 26.4499, 80.3319],
  ['Nagpur', 'MH', 21.1458, 79.0882],
  ['Indore', 'MP', 22.7196, 75.8577],
  ['Thane', 'MH', 19.2183, 72.9781],
  ['Bhopal', 'MP', 23.2599, 77.4126],
  ['Visakhapatnam', 'AP', 17.6868, 83.2185],
  ['Pimpri-Chinchwad', 'MH', 18.6298, 73.7997],
  ['Patna', 'BR', 25.5941, 85.1376],
  ['Vadodara', 'GJ', 22.3072, 73.1812],
  ['Gurugram', 'HR', 28.4595, 77.0266],
  ['Ghaziabad', 'UP', 28.6692, 77.4538],
  ['Noida', 'UP', 28.5355, 77.391],
  ['Ludhiana', 'PB', 30.901, 75.8573],
  ['Agra', 'UP', 27.1767, 78.0081],
  ['Nashik', 'MH', 19.9975, 73.7898],
  ['Faridabad', 'HR', 28.4089, 77.3178],
  ['Meerut', 'UP', 28.9845, 77.7064],
  ['Rajkot', 'GJ', 22.3039, 70.8022],
  ['Kalyan', 'MH', 19.2403, 73.1305],
  ['Virar', 'MH', 19.4559, 72.8114],
  ['Varanasi', 'UP', 25.3176, 82.9739],
  ['Srinagar', 'JK', 34.0837, 74.7973],
  ['Aurangabad', 'MH', 19.8762, 75.3433],
  ['Dhanbad', 'JH', 23.7957, 86.4304],
  ['Amritsar', 'PB', 31.634, 74.8723],
  ['Navi Mumbai', 'MH', 19.033, 73.0297],
  ['Prayagraj', 'UP', 25.4358, 81.8463],
  ['Ranchi', 'JH', 23.3441, 85.3096],
  ['Howrah', 'WB', 22.5958, 88.2636],
  ['Coimbatore', 'TN', 11.0168, 76.9558],
  ['Jabalpur', 'MP', 23.1815, 79.9864],
  ['Gwalior', 'MP', 26.2183, 78.1828],
  ['Vijayawada', 'AP', 16.5062, 80.648],
  ['Jodhpur', 'RJ', 26.2389, 73.0243],
  ['Madurai', 'TN', 9.9252, 78.1198],
  ['Raipur', 'CT', 21.2514, 81.6296],
  ['Kota', 'RJ', 25.2138, 75.8648],
  ['Guwahati', 'AS', 26.1445, 91.7362],
  ['Chandigarh', 'CH', 30.7333, 76.7794],
  ['Solapur', 'MH', 17.6599, 75.9064],
  ['Hubballi', 'KA', 15.3647, 75.124],
  ['Tiruchirappalli', 'TN', 10.7905, 78.7047],
  ['Bareilly', 'UP', 28.367, 79.4304],
  ['Mysuru', 'KA', 12.2958, 76.6394],
  ['Tiruppur', 'TN', 11.1085, 77.3411],
  ['Aligarh', 'UP', 27.8974, 78.088],
  ['Jalandhar', 'PB', 31.326, 75.5762],
  ['Bhubaneswar', 'OR', 20.2961, 85.8245],
  ['Salem', 'TN', 11.6643, 78.146],
  ['Mira-Bhayandar', 'MH', 19.2952, 72.8544],
  ['Warangal', 'TG', 17.9689, 79.5941],
  ['Thiruvananthapuram', 'KL', 8.5241, 76.9366],
  ['Bhiwandi', 'MH', 19.2813, 73.0483],
  ['Saharanpur', 'UP', 29.968, 77.5552],
  ['Gorakhpur', 'UP', 26.7606, 83.3732],
  ['Guntur', 'AP', 16.3067, 80.4365],
  ['Bikaner', 'RJ', 28.0229, 73.3119],
  ['Amravati', 'MH', 20.9374, 77.7796],
  ['Jamshedpur', 'JH', 22.8046, 86.2029],
  ['Bhilai', 'CT', 21.1938, 81.3509],
  ['Cuttack', 'OR', 20.4625, 85.883],
  ['Firozabad', 'UP', 27.1592, 78.3957],
  ['Kochi', 'KL', 9.9312, 76.2673],
  ['Nellore', 'AP', 14.4426, 79.9865],
  ['Bhavnagar', 'GJ', 21.7645, 72.1519],
  ['Dehradun', 'UT', 30.3165, 78.0322],
  ['Durgapur', 'WB', 23.5204, 87.3119],
  ['Asansol', 'WB', 23.6739, 86.9524],
  ['Rourkela', 'OR', 22.2604, 84.8536],
  ['Nanded', 'MH', 19.1383, 77.321],
  ['Kolhapur', 'MH', 16.705, 74.2433],
  ['Ajmer', 'RJ', 26.4499, 74.6399],
  ['Kalaburagi', 'KA', 17.3297, 76.8343],
  ['Jamnagar', 'GJ', 22.4707, 70.0577],
  ['Ujjain', 'MP', 23.1765, 75.7885],
  ['Siliguri', 'WB', 26.7271, 88.3953],
  ['Jhansi', 'UP', 25.4484, 78.5685],
  ['Ulhasnagar', 'MH', 19.2215, 73.1645],
  ['Jammu', 'JK', 32.7266, 74.857],
  ['Mangaluru', 'KA', 12.9141, 74.856],
  ['Erode', 'TN', 11.341, 77.7172],
  ['Belagavi', 'KA', 15.8497, 74.4977],
  ['Tirunelveli', 'TN', 8.7139, 77.7567],
  ['Gaya', 'BR', 24.7914, 85.0002],
  ['Udaipur', 'RJ', 24.5854, 73.7125],
  ['Kozhikode', 'KL', 11.2588, 75.7804],
  ['Thrissur', 'KL', 10.5276, 76.2144],
  ['Davanagere', 'KA', 14.4644, 75.9218],
  ['Akola', 'MH', 20.7002, 77.0082],
  ['Kurnool', 'AP', 15.8281, 78.0373],
  ['Rajahmundry', 'AP', 17.0005, 81.804],
  ['Bokaro', 'JH', 23.6693, 86.1511],
  ['Ballari', 'KA', 15.1394, 76.9214],
  ['Patiala', 'PB', 30.3398, 76.3869],
  ['Bhagalpur', 'BR', 25.2425, 86.9842],
  ['Muzaffarpur', 'BR', 26.1209, 85.3647],
  ['Latur', 'MH', 18.4088, 76.5604],
  ['Dhule', 'MH', 20.9042, 74.7749],
  ['Tirupati', 'AP', 13.6288, 79.4192],
  ['Rohtak', 'HR', 28.8955, 76.6066],
  ['Korba', 'CT', 22.3595, 82.7501],
  ['Bhilwara', 'RJ', 25.3407, 74.6313],
  ['Brahmapur', 'OR', 19.315, 84.7941],
  ['Sangli', 'MH', 16.8524, 74.5815],
  ['Ahmednagar', 'MH', 19.0948, 74.748],
  ['Kakinada', 'AP', 16.9891, 82.2475],
  ['Panipat', 'HR', 29.3909, 76.9635],
  ['Karnal', 'HR', 29.6857, 76.9905],
  ['Hisar', 'HR', 29.1492, 75.7217],
  ['Bathinda', 'PB', 30.211, 74.9455],
  ['Kadapa', 'AP', 14.4673, 78.8242],
  ['Shimla', 'HP', 31.1048, 77.1734],
  ['Puducherry', 'PY', 11.9416, 79.8083],
  ['Vellore', 'TN', 12.9165, 79.1325],
  ['Gandhinagar', 'GJ', 23.2156, 72.6369],
  ['Mohali', 'PB', 30.7046, 76.7179],
  ['Greater Noida', 'UP', 28.4744, 77.504],
  ['Secunderabad', 'TG', 17.4399, 78.4983],
  ['Panaji', 'GA', 15.4909, 73.8278],
  ['Shivamogga', 'KA', 13.9299, 75.5681],
  ['Tumakuru', 'KA', 13.3409, 77.101],
  ['Hosur', 'TN', 12.7409, 77.8253],
  ['Nizamabad', 'TG', 18.6725, 78.0941],
  ['Karimnagar', 'TG', 18.4386, 79.1288],
  ['Jalgaon', 'MH', 21.0077, 75.5626],
  ['Mathura', 'UP', 27.4924, 77.6737],
  ['Haridwar', 'UT', 29.9457, 78.1642],
  ['Kollam', 'KL', 8.8932, 76.6141],
  ['Thoothukudi', 'TN', 8.7642, 78.1348],
  ['Palakkad', 'KL', 10.7867, 76.6548],
  ['Alappuzha', 'KL', 9.4981, 76.3388],
  ['Kannur', 'KL', 11.8745, 75.3704],
  ['Ernakulam', 'KL', 9.9816, 76.2999],
  ['Dombivli', 'MH', 19.2094, 73.0939],
  ['Panvel', 'MH', 18.9894, 73.1175],
  ['Ooty', 'TN', 11.4102, 76.695],
  ['Kanchipuram', 'TN', 12.8342, 79.7036],
  ['Vijayapura', 'KA', 16.8302, 75.71],
  ['Hospet', 'KA', 15.2689, 76.3909],
  ['Shillong', 'ML', 25.5788, 91.8933],
  ['Imphal', 'MN', 24.817, 93.9368],
  ['Agartala', 'TR', 23.8315, 91.2868],
  ['Aizawl', 'MZ', 23.7271, 92.7176],
  ['Gangtok', 'SK', 27.3389, 88.6065],
  ['Itanagar', 'AR', 27.0844, 93.6053],
  ['Kohima', 'NL', 25.6751, 94.1086],
  ['Port Blair', 'AN', 11.6234, 92.7265],
]

/**
 * Dataset spelling → modern display name, keyed `STATE:dataset name`. Two dataset rows that end up
 * with the same name in one state are merged (Allahabad + "Prayagraj (Allahabad)", New Delhi into
 * Delhi as the brief asks). The old spellings stay findable through CITY_ALIASES.
 * NOTE: recently renamed cities people still call by the old name (Aurangabad, Ahmednagar,
 * Osmanabad) keep the familiar name; the new one is an alias.
 */
const RENAMES: Readonly<Record<string, string>> = {
  'HR:Gurgaon': 'Gurugram',
  'KL:Cochin': 'Kochi',
  'UP:Allahabad': 'Prayagraj',
  'UP:Prayagraj (Allahabad)': 'Prayagraj',
  'DL:New Delhi': 'Delhi',
  'OR:Bhubaneshwar': 'Bhubaneswar',
  'OR:Raurkela': 'Rourkela',
  'KA:Kalaburgi': 'Kalaburagi',
  'KA:Shimoga': 'Shivamogga',
  'AP:Cuddapah': 'Kadapa',
  'PB:Bhatinda': 'Bathinda',
  'KL:Palghat': 'Palakkad',
  'MH:Bhayandar': 'Mira-Bhayandar',
}

/** alias → [display name, state code] */
export const CITY_ALIASES: readonly (readonly [alias: string, name: string, stateCode: string])[] = [
  ['Bombay', 'Mumbai', 'MH'],
  ['Bangalore', 'Bengaluru', 'KA'],
  ['Bengalooru', 'Bengaluru', 'KA'],
  ['Gurgaon', 'Gurugram', 'HR'],
  ['Calcutta', 'Kolkata', 'WB'],
  ['Madras', 'Chennai', 'TN'],
  ['Poona', 'Pune', 'MH'],
  ['Trivandrum', 'Thiruvananthapuram', 'KL'],
  ['Baroda', 'Vadodara', 'GJ'],
  ['Mysore', 'Mysuru', 'KA'],
  ['Mangalore', 'Mangaluru', 'KA'],
  ['Vizag', 'Visakhapatnam', 'AP'],
  ['Vishakhapatnam', 'Visakhapatnam', 'AP'],
  ['Waltair', 'Visakhapatnam', 'AP'],
  ['Cochin', 'Kochi', 'KL'],
  ['New Delhi', 'Delhi', 'DL'],
  ['Delhi NCR', 'Delhi', 'DL'],
  ['NCR', 'Delhi', 'DL'],
  ['NCT of Delhi', 'Delhi', 'DL'],
  ['Allahabad', 'Prayagraj', 'UP'],
  ['Benares', 'Varanasi', 'UP'],
  ['Banaras', 'Varanasi', 'UP'],
  ['Cawnpore', 'Kanpur', 'UP'],
  ['Pondicherry', 'Puducherry', 'PY'],
  ['Pondy', 'Puducherry', 'PY'],
  ['Trichy', 'Tiruchirappalli', 'TN'],
  ['Tiruchi', 'Tiruchirappalli', 'TN'],
  ['Tuticorin', 'Thoothukudi', 'TN'],
  ['Calicut', 'Kozhikode', 'KL'],
  ['Trichur', 'Thrissur', 'KL'],
  ['Quilon', 'Kollam', 'KL'],
  ['Alleppey', 'Alappuzha', 'KL'],
  ['Cannanore', 'Kannur', 'KL'],
  ['Palghat', 'Palakkad', 'KL'],
  ['Hubli', 'Hubballi', 'KA'],
  ['Hubli-Dharwad', 'Hubballi', 'KA'],
  ['Gulbarga', 'Kalaburagi', 'KA'],
  ['Kalaburgi', 'Kalaburagi', 'KA'],
  ['Belgaum', 'Belagavi', 'KA'],
  ['Bellary', 'Ballari', 'KA'],
  ['Shimoga', 'Shivamogga', 'KA'],
  ['Tumkur', 'Tumakuru', 'KA'],
  ['Hosapete', 'Hospet', 'KA'],
  ['Bhubaneshwar', 'Bhubaneswar', 'OR'],
  ['Raurkela', 'Rourkela', 'OR'],
  ['Berhampur', 'Brahmapur', 'OR'],
  ['Cuddapah', 'Kadapa', 'AP'],
  ['Rajamahendravaram', 'Rajahmundry', 'AP'],
  ['Bezawada', 'Vijayawada', 'AP'],
  ['Bhatinda', 'Bathinda', 'PB'],
  ['SAS Nagar', 'Mohali', 'PB'],
  ['Simla', 'Shimla', 'HP'],
  ['Panjim', 'Panaji', 'GA'],
  ['Gauhati', 'Guwahati', 'AS'],
  ['Jubbulpore', 'Jabalpur', 'MP'],
  ['Udhagamandalam', 'Ooty', 'TN'],
  ['Ootacamund', 'Ooty', 'TN'],
  ['Conjeevaram', 'Kanchipuram', 'TN'],
  ['Vasai', 'Virar', 'MH'],
  ['Vasai-Virar', 'Virar', 'MH'],
  ['Mira Road', 'Mira-Bhayandar', 'MH'],
  ['Bhayandar', 'Mira-Bhayandar', 'MH'],
  ['Chhatrapati Sambhajinagar', 'Aurangabad', 'MH'],
  ['Sambhajinagar', 'Aurangabad', 'MH'],
  ['Ahilyanagar', 'Ahmednagar', 'MH'],
  ['Dharashiv', 'Osmanabad', 'MH'],
  ['Chinchwad', 'Pimpri-Chinchwad', 'MH'],
  ['PCMC', 'Pimpri-Chinchwad', 'MH'],
  ['Kalyan-Dombivli', 'Kalyan', 'MH'],
  ['New Mumbai', 'Navi Mumbai', 'MH'],
]

/** CITY_ALIASES and every language pack's names for cities (alias → display name, state code). */
export function allCityAliases(): readonly (readonly [alias: string, name: string, stateCode: string])[] {
  return [...CITY_ALIASES, ...vocabulary().cityAliases]
}

/**
 * Case-, accent-, space- and punctuation-insensitive key: "Pimpri Chinchwad" = "pimpri-chinchwad".
 * Letters of other scripts are kept ("मुंबई"), with the language packs' spelling folds.
 */
function compactKey(s: string): string {
  return searchWords(s).join('')
}

// a separator: anything but a letter, mark or digit, and any Latin or shared-script character
// beyond a-z/0-9 (so Latin keys are exactly what they were before other scripts came)
const NOT_A_WORD = /(?:(?![a-z0-9])[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]|[^\p{L}\p{M}\p{N}])+/u

function searchWords(s: string): string[] {
  return foldScripts(stripAccents(s))
    .replace(/&/g, ' and ')
    .split(NOT_A_WORD)
    .filter(Boolean)
}

/** Words of an id: ASCII only, as ids were always made (ids are stored in rows). */
function words(s: string): string[] {
  return stripAccents(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}

/** Dataset names carry noise: "Nadiad,", "Hata (India)", "Banda, Maharashtra", "Chēlakara". */
function cleanName(raw: string, stateName: string): string {
  let n = stripAccents(raw).replace(/[\s,]+$/, '').trim()
  n = n.replace(/\s*\(India\)$/i, '').replace(/,\s*India$/i, '')
  if (n.toLowerCase().endsWith(`, ${stateName.toLowerCase()}`)) n = n.slice(0, n.length - stateName.length - 2)
  return n.trim()
}

/** Administrative areas that are not places a person lives in ("Pune Division", "Nadia district"). */
function isAdminArea(name: string): boolean {
  return !name.includes(',') && /\s(district|division|taluka)$/i.test(name)
}

type IndexEntry = { key: string; city: City }

type Dataset = {
  cities: readonly City[]
  byId: ReadonlyMap<string, City>
  byName: ReadonlyMap<string, readonly City[]>
  byAlias: ReadonlyMap<string, readonly City[]>
  /** names and aliases, sorted by key, for prefix search */
  prefixIndex: readonly IndexEntry[]
  /** every later-word suffix of multi-word names ("navi mumbai" → "mumbai"), sorted by key */
  wordIndex: readonly IndexEntry[]
}

let dataset: Dataset | null = null

// NOTE: the dataset is immutable, so building once per process is safe; it takes ~0.2–0.4 s (it
// parses country-state-city's whole data file), hence not at import: scripts and tests that never look up a city
// skip it, and the server builds it before it listens (`prepareCityIndexes`).
function data(): Dataset {
  if (!dataset) dataset = build()
  return dataset
}

type Draft = { name: string; stateCode: string; lat: number; lng: number }

function build(): Dataset {
  const stateNames = new Map(CscState.getStatesOfCountry('IN').map((s) => [s.isoCode, s.name]))
  const drafts = new Map<string, Draft>()
  const draftKey = (name: string, stateCode: string) => `${compactKey(name)}|${stateCode}`

  // by name, as the package lists a country's cities: the first row wins on a merge below
  const rows = readCities((country) => country === 'IN').sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const c of rows) {
    const stateName = stateNames.get(c.stateCode)
    if (!stateName) continue
    const cleaned = cleanName(c.name, stateName)
    if (!cleaned || isAdminArea(cleaned)) continue
    const name = RENAMES[`${c.stateCode}:${c.name}`] ?? cleaned
    const key = draftKey(name, c.stateCode)
    const lat = Number(c.latitude)
    const lng = Number(c.longitude)
    // First row wins on a merge ("Amod" and "Amod," are one place).
    if (drafts.has(key) || !Number.isFinite(lat) || !Number.isFinite(lng)) continue
    drafts.set(key, { name, stateCode: c.stateCode, lat, lng })
  }

  const curatedRank = new Map<string, number>()
  CURATED.forEach(([name, stateCode, lat, lng], i) => {
    const key = draftKey(name, stateCode)
    curatedRank.set(key, i + 1)
    // City-centre coordinates win; a curated city missing from the dataset is added.
    drafts.set(key, { name, stateCode, lat, lng })
  })

  const rest = [...drafts.entries()]
    .filter(([key]) => !curatedRank.has(key))
    .sort(([, a], [, b]) => a.name.localeCompare(b.name, 'en') || a.stateCode.localeCompare(b.stateCode))
  const ordered = [
    ...[...curatedRank.keys()].map((key) => drafts.get(key) as Draft),
    ...rest.map(([, d]) => d),
  ]

  const cities: City[] = ordered.map((d, i) =>
    Object.freeze({
      id: `${words(d.name).join('-')}-${d.stateCode.toLowerCase()}`,
      name: d.name,
      state: stateNames.get(d.stateCode) ?? d.stateCode,
      stateCode: d.stateCode,
      lat: d.lat,
      lng: d.lng,
      rank: i + 1,
    }),
  )

  const byId = new Map(cities.map((c) => [c.id, c]))
  const byName = new Map<string, City[]>()
  const byAlias = new Map<string, City[]>()
  const prefixIndex: IndexEntry[] = []
  const wordIndex: IndexEntry[] = []
  const addTerm = (term: string, city: City) => {
    const w = searchWords(term)
    prefixIndex.push({ key: w.join(''), city })
    for (let i = 1; i < w.length; i++) wordIndex.push({ key: w.slice(i).join(''), city })
  }
  const push = (map: Map<string, City[]>, key: string, city: City) => {
    const list = map.get(key)
    if (list) list.push(city)
    else map.set(key, [city])
  }

  for (const city of cities) {
    push(byName, compactKey(city.name), city)
    addTerm(city.name, city)
  }
  const byNameAndState = new Map(cities.map((c) => [draftKey(c.name, c.stateCode), c]))
  for (const [alias, name, stateCode] of allCityAliases()) {
    const city = byNameAndState.get(draftKey(name, stateCode))
    if (!city) throw new Error(`city alias ${alias} points at unknown city ${name} (${stateCode})`)
    push(byAlias, compactKey(alias), city)
    addTerm(alias, city)
  }
  // cities are created in rank order, so every list in byName/byAlias is already best-first
  const byKey = (a: IndexEntry, b: IndexEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.city.rank - b.city.rank)
  prefixIndex.sort(byKey)
  wordIndex.sort(byKey)

  return { cities, byId, byName, byAlias, prefixIndex, wordIndex }
}

/** All cities, best rank first. */
export function allCities(): City[] {
  return data().cities.slice()
}

export function getCityById(id: string): City | null {
  return data().byId.get(id) ?? null
}

/**
 * Exact lookup by display name or alias, ignoring case, accents, spaces and punctuation. A
 * canonical name beats an alias; among same-named places (Raipur CT/RJ/UT) the best-ranked wins.
 * "Name, State" (state name or code) picks that state's place: "Raipur, Rajasthan"; a trailing
 * bracketed note is ignored when the full text has no match.
 */
export function findCity(nameOrAlias: string): City | null {
  const d = data()
  const key = compactKey(nameOrAlias)
  if (!key) return null
  const hit = d.byName.get(key)?.[0] ?? d.byAlias.get(key)?.[0]
  if (hit) return hit

  // "Prayagraj (Allahabad)", "Hubli (Dharwad)": retry without the bracketed note
  const unbracketed = nameOrAlias.replace(/\s*\([^)]*\)\s*$/, '')
  if (unbracketed !== nameOrAlias && unbracketed.trim()) return findCity(unbracketed)

  const comma = nameOrAlias.lastIndexOf(',')
  if (comma <= 0) return null
  const placeKey = compactKey(nameOrAlias.slice(0, comma))
  const stateKey = compactKey(nameOrAlias.slice(comma + 1))
  if (!placeKey || !stateKey) return null
  const inState = (c: City) => compactKey(c.state) === stateKey || c.stateCode.toLowerCase() === stateKey
  return [...(d.byName.get(placeKey) ?? []), ...(d.byAlias.get(placeKey) ?? [])].find(inState) ?? null
}

/** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** a key and every key with one character deleted (a symmetric-deletion index: one edit apart ⇒ a shared entry) */
function deletions(key: string): string[] {
  const out = [key]
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1))
  return out
}

/** the shortest key a typo is matched for: shorter names are one edit from too many words */
const TYPO_MIN_LENGTH = 6
const TYPO_MAX_RANK = 300
let typoIndex: { maxRank: number; index: Map<string, { key: string; city: City }[]> } | null = null

/**
 * `findCity`, and failing that a city (or alias) among the `maxRank` best whose name is one typing
 * slip away ("Banglore", "Hydrabad", "Chnadigarh", "Thiruvananthpuram"), best rank first. Only for
 * names of at least 6 letters, and only the well-known cities, so ordinary words do not turn into
 * towns. The index is built once (≈ 10 entries per name).
 */
export function findCityAllowingTypo(nameOrAlias: string, maxRank = TYPO_MAX_RANK, minLength = TYPO_MIN_LENGTH): City | null {
  const exact = findCity(nameOrAlias)
  if (exact) return exact
  const key = compactKey(nameOrAlias)
  if (key.length < minLength || /\d/.test(key)) return null
  const typos = typoIndexFor(maxRank)
  let best: City | null = null
  for (const v of deletions(key)) {
    for (const hit of typos.get(v) ?? []) {
      if ((!best || hit.city.rank < best.rank) && withinOneEdit(key, hit.key)) best = hit.city
    }
  }
  return best
}

function typoIndexFor(maxRank: number): Map<string, { key: string; city: City }[]> {
  if (typoIndex?.maxRank === maxRank) return typoIndex.index
  const d = data()
  const index = new Map<string, { key: string; city: City }[]>()
  const add = (k: string, city: City) => {
    if (city.rank > maxRank || k.length < TYPO_MIN_LENGTH - 1) return
    for (const v of deletions(k)) {
      const list = index.get(v)
      if (list) list.push({ key: k, city })
      else index.set(v, [{ key: k, city }])
    }
  }
  for (const [k, list] of d.byName) for (const c of list) add(k, c)
  for (const [k, list] of d.byAlias) for (const c of list) add(k, c)
  typoIndex = { maxRank, index }
  return index
}

/**
 * Builds the dataset and the typo index now. The server calls this before it listens: built by the
 * first city answer instead, the ≈ 0.2 s build stalls every request in flight on the event loop.
 */
export function prepareCityIndexes(): void {
  typoIndexFor(TYPO_MAX_RANK)
}

/** index of the first entry whose key is ≥ prefix */
function lowerBound(index: readonly IndexEntry[], prefix: string): number {
  let lo = 0
  let hi = index.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (index[mid].key < prefix) lo = mid + 1
    else hi = mid
  }
  return lo
}

function prefixHits(index: readonly IndexEntry[], prefix: string, exclude: ReadonlyMap<string, City>): City[] {
  const into = new Map<string, City>()
  for (let i = lowerBound(index, prefix); i < index.length && index[i].key.startsWith(prefix); i++) {
    const city = index[i].city
    if (!exclude.has(city.id)) into.set(city.id, city)
  }
  return [...into.values()].sort((a, b) => a.rank - b.rank)
}

/**
 * Autocomplete. Prefix matches on names and aliases first (an alias hit returns its canonical
 * city), then matches on a later word ("mumbai" → Navi Mumbai); each group by rank. An empty query
 * returns the top-ranked cities. Two binary searches over pre-sorted keys (budget: 5 ms; measured
 * ≈ 0.02 ms per call averaged over 12 000 mixed 1–6 letter queries, after the one-off build).
 */
export function searchCities(query: string, limit = 10): City[] {
  const d = data()
  const max = Math.max(0, Math.floor(limit))
  const q = compactKey(query)
  if (!q) return d.cities.slice(0, max)
  const prefix = prefixHits(d.prefixIndex, q, new Map())
  if (prefix.length >= max) return prefix.slice(0, max)
  const seen = new Map(prefix.map((c) => [c.id, c]))
  const word = prefixHits(d.wordIndex, q, seen)
  // a typing slip in a whole name ("Banglore", "Mumbi") still finds the city, after the real hits;
  // from 5 letters here, since a suggestion list is shown, not taken (extraction keeps 6)
  const slip = prefix.length + word.length < max ? findCityAllowingTypo(query, 300, 5) : null
  return [...prefix, ...word, ...(slip && !seen.has(slip.id) ? [slip] : [])].slice(0, max)
}

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle distance in km. */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Other cities within `radiusKm` of `city`, nearest first. */
export function nearbyCities(city: City, radiusKm: number): City[] {
  if (!(radiusKm > 0)) return []
  // cheap latitude band before the trigonometry: 1° of latitude ≈ 111 km everywhere
  const maxDLat = radiusKm / 111
  const hits: { city: City; km: number }[] = []
  for (const c of data().cities) {
    if (c.id === city.id || Math.abs(c.lat - city.lat) > maxDLat) continue
    const km = haversineKm(city, c)
    if (km <= radiusKm) hits.push({ city: c, km })
  }
  return hits.sort((a, b) => a.km - b.km || a.city.rank - b.city.rank).map((h) => h.city)
}
