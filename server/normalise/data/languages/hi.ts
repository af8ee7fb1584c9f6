import type { LanguagePackInput } from '../../language-packs'

/**
 * Hindi, in Devanagari and romanised ("Hinglish"): how candidates and employers write numbers,
 * durations, pay, yes/no, cities and job words. Data only: the normalisers read every pack the
 * same way (see `language-packs.ts`). Keys are matched case-insensitively, with the `folds` below
 * applied to both sides, so "हज़ार" and "हजार", "हाँ" and "हां" need one entry each at most.
 */
export const hi: LanguagePackInput = {
  code: 'hi',
  name: 'हिन्दी',
  // nukta is often left out when typing on a phone ("हजार", "करोड"); chandrabindu is typed as anusvara
  folds: [
    ['\u093C', ''],
    ['\u0901', '\u0902'],
  ],
  numbers: {
    एक: 1, दो: 2, तीन: 3, चार: 4, पांच: 5, छह: 6, छः: 6, छे: 6, सात: 7, आठ: 8, नौ: 9, दस: 10,
    ग्यारह: 11, बारह: 12, तेरह: 13, चौदह: 14, पंद्रह: 15, पन्द्रह: 15, सोलह: 16, सत्रह: 17, अठारह: 18, उन्नीस: 19, बीस: 20,
    इक्कीस: 21, बाईस: 22, तेईस: 23, चौबीस: 24, पच्चीस: 25, छब्बीस: 26, सत्ताईस: 27, अट्ठाईस: 28, अठाईस: 28, उनतीस: 29, तीस: 30,
    इकतीस: 31, बत्तीस: 32, तैंतीस: 33, चौंतीस: 34, पैंतीस: 35, छत्तीस: 36, सैंतीस: 37, अड़तीस: 38, उनतालीस: 39, चालीस: 40,
    इकतालीस: 41, बयालीस: 42, तैंतालीस: 43, चवालीस: 44, पैंतालीस: 45, छियालीस: 46, सैंतालीस: 47, अड़तालीस: 48, उनचास: 49, पचास: 50,
    इक्यावन: 51, बावन: 52, तिरेपन: 53, चौवन: 54, पचपन: 55, छप्पन: 56, सत्तावन: 57, अट्ठावन: 58, उनसठ: 59, साठ: 60,
    इकसठ: 61, बासठ: 62, तिरसठ: 63, चौंसठ: 64, पैंसठ: 65, छियासठ: 66, सड़सठ: 67, अड़सठ: 68, उनहत्तर: 69, सत्तर: 70,
    इकहत्तर: 71, बहत्तर: 72, तिहत्तर: 73, चौहत्तर: 74, पचहत्तर: 75, छिहत्तर: 76, सतहत्तर: 77, अठहत्तर: 78, उन्यासी: 79, अस्सी: 80,
    इक्यासी: 81, बयासी: 82, तिरासी: 83, चौरासी: 84, पचासी: 85, छियासी: 86, सत्तासी: 87, अट्ठासी: 88, नवासी: 89, नब्बे: 90,
    इक्यानवे: 91, बानवे: 92, तिरानवे: 93, चौरानवे: 94, पचानवे: 95, छियानवे: 96, सत्तानवे: 97, अट्ठानवे: 98, निन्यानवे: 99,
    // whole numbers standing alone: "डेढ़ साल" is 1.5 years, "ढाई लाख" 2.5 lakh
    आधा: 0.5, आधे: 0.5, डेढ़: 1.5, ढाई: 2.5, अढ़ाई: 2.5,
    // romanised; words that are also common English or Hindi words ("sat", "saath" = with) are left out
    ek: 1, do: 2, teen: 3, char: 4, chaar: 4, paanch: 5, panch: 5, chhe: 6, chhah: 6, chheh: 6, saat: 7, aath: 8, aat: 8, nau: 9, das: 10,
    gyarah: 11, gyara: 11, barah: 12, baarah: 12, terah: 13, chaudah: 14, chauda: 14, pandrah: 15, pandra: 15, solah: 16, satrah: 17, atharah: 18, athara: 18, unnis: 19, unees: 19,
    bees: 20, ikkis: 21, baees: 22, baais: 22, teis: 23, chaubis: 24, chaubees: 24, pachees: 25, pachis: 25, pacchis: 25, chhabbis: 26, sattais: 27, atthais: 28, untees: 29,
    tees: 30, chalis: 40, chalees: 40, pachas: 50, pachaas: 50, sattar: 70, assi: 80, nabbe: 90,
    aadha: 0.5, adha: 0.5, dedh: 1.5, derh: 1.5, dhai: 2.5, dhaai: 2.5, adhai: 2.5, dhaee: 2.5,
  },
  // "सवा दो" 2.25, "साढ़े तीन" 3.5, "पौने दो" 1.75; alone before a multiplier: "सवा लाख" 1.25 lakh
  fractionPrefixes: {
    सवा: 0.25, साढ़े: 0.5, पौने: -0.25,
    sawa: 0.25, sava: 0.25, saade: 0.5, sade: 0.5, saadhe: 0.5, sadhe: 0.5, saare: 0.5, paune: -0.25, pone: -0.25,
  },
  multipliers: {
    सौ: 100, हज़ार: 1000, लाख: 100_000, करोड़: 10_000_000,
    sau: 100, hazar: 1000, hazaar: 1000, hajar: 1000, hajaar: 1000, hazzar: 1000, karod: 10_000_000, karor: 10_000_000,
  },
  glossary: {
    // experience: a person's duration or a posting's requirement
    duration: {
      साल: 'years', सालों: 'years', वर्ष: 'years', वर्षों: 'years', बरस: 'years', baras: 'years',
      महीने: 'months', महीना: 'months', महीनों: 'months', माह: 'months', मास: 'months',
      हफ़्ते: 'weeks', हफ़्ता: 'weeks', सप्ताह: 'weeks', hafta: 'weeks',
      और: 'and', से: 'to', 'कम से कम': 'at least', 'kam se kam': 'at least',
      // bounds come after the figure in Hindi: "2 साल से ज़्यादा" is "2 years or more"
      'से ज़्यादा': 'or more', 'से अधिक': 'or more', 'या ज़्यादा': 'or more', 'se zyada': 'or more', 'se jyada': 'or more',
      फ्रेशर: 'fresher', फ्रेशर्स: 'freshers', 'कोई अनुभव नहीं': 'no experience', 'अनुभव नहीं': 'no experience', 'कोई नहीं': 'none', नहीं: 'none',
      'koi anubhav nahi': 'no experience', 'anubhav nahi': 'no experience',
      'अनुभव की ज़रूरत नहीं': 'no experience required', 'अनुभव ज़रूरी नहीं': 'no experience required', 'कोई भी अनुभव': 'any experience',
    },
    // pay: figures, periods and incentives
    pay: {
      महीना: 'per month', महीने: 'per month', 'प्रति माह': 'per month', 'प्रति महीना': 'per month', 'हर महीने': 'per month', 'महीने का': 'per month', मासिक: 'per month', माहवार: 'per month',
      'mahine ka': 'per month', 'har mahine': 'per month',
      रोज़: 'per day', रोज़ाना: 'per day', 'प्रति दिन': 'per day', 'हर दिन': 'per day', 'दिन का': 'per day', दिहाड़ी: 'per day', roz: 'per day', rozana: 'per day', roj: 'per day', dihadi: 'per day',
      सालाना: 'per year', 'प्रति वर्ष': 'per year', 'प्रति साल': 'per year', 'हर साल': 'per year', 'साल का': 'per year', वार्षिक: 'per year', salana: 'per year', saalana: 'per year',
      'प्रति घंटा': 'per hour', 'घंटे का': 'per hour', 'प्रति सप्ताह': 'per week', 'हर हफ़्ते': 'per week', साप्ताहिक: 'per week',
      से: 'to', 'कम से कम': 'minimum', 'kam se kam': 'minimum', और: 'and',
      इंसेंटिव: 'incentive', इन्सेंटिव: 'incentive', बोनस: 'bonus', कमीशन: 'commission',
    },
  },
  yes: ['हाँ', 'हां', 'हा', 'हाँ जी', 'जी हाँ', 'हांजी', 'ठीक है', 'सही है', 'haan', 'han', 'haa', 'ha', 'haan ji', 'haanji', 'hanji', 'ji haan', 'theek hai', 'thik hai', 'sahi hai'],
  no: ['नहीं', 'नही', 'ना', 'जी नहीं', 'नहीं जी', 'nahi', 'nahin', 'nai', 'nhi', 'na', 'naa', 'ji nahi', 'nahi ji'],
  // "जी" alone is a polite yes; before another word that word decides ("जी नहीं" is no)
  particles: ['जी', 'ji'],
  cityAliases: [
    ['मुंबई', 'Mumbai', 'MH'], ['मुम्बई', 'Mumbai', 'MH'], ['बंबई', 'Mumbai', 'MH'], ['बम्बई', 'Mumbai', 'MH'], ['बॉम्बे', 'Mumbai', 'MH'],
    ['दिल्ली', 'Delhi', 'DL'], ['नई दिल्ली', 'Delhi', 'DL'], ['नयी दिल्ली', 'Delhi', 'DL'], ['देहली', 'Delhi', 'DL'],
    ['बेंगलुरु', 'Bengaluru', 'KA'], ['बेंगलूरु', 'Bengaluru', 'KA'], ['बेंगलुरू', 'Bengaluru', 'KA'], ['बंगलौर', 'Bengaluru', 'KA'], ['बंगलोर', 'Bengaluru', 'KA'], ['बैंगलोर', 'Bengaluru', 'KA'], ['बेंगलोर', 'Bengaluru', 'KA'], ['बैंगलुरु', 'Bengaluru', 'KA'],
    ['हैदराबाद', 'Hyderabad', 'TG'], ['सिकंदराबाद', 'Secunderabad', 'TG'],
    ['चेन्नई', 'Chennai', 'TN'], ['चेन्नै', 'Chennai', 'TN'], ['मद्रास', 'Chennai', 'TN'],
    ['कोलकाता', 'Kolkata', 'WB'], ['कलकत्ता', 'Kolkata', 'WB'], ['हावड़ा', 'Howrah', 'WB'],
    ['पुणे', 'Pune', 'MH'], ['पूना', 'Pune', 'MH'], ['पुना', 'Pune', 'MH'], ['पिंपरी चिंचवड', 'Pimpri-Chinchwad', 'MH'],
    ['अहमदाबाद', 'Ahmedabad', 'GJ'], ['सूरत', 'Surat', 'GJ'], ['वडोदरा', 'Vadodara', 'GJ'], ['बड़ौदा', 'Vadodara', 'GJ'], ['राजकोट', 'Rajkot', 'GJ'],
    ['जयपुर', 'Jaipur', 'RJ'], ['जोधपुर', 'Jodhpur', 'RJ'], ['कोटा', 'Kota', 'RJ'], ['उदयपुर', 'Udaipur', 'RJ'], ['अजमेर', 'Ajmer', 'RJ'], ['बीकानेर', 'Bikaner', 'RJ'],
    ['लखनऊ', 'Lucknow', 'UP'], ['कानपुर', 'Kanpur', 'UP'], ['गाज़ियाबाद', 'Ghaziabad', 'UP'], ['नोएडा', 'Noida', 'UP'], ['नोयडा', 'Noida', 'UP'], ['ग्रेटर नोएडा', 'Greater Noida', 'UP'],
    ['आगरा', 'Agra', 'UP'], ['मेरठ', 'Meerut', 'UP'], ['वाराणसी', 'Varanasi', 'UP'], ['बनारस', 'Varanasi', 'UP'], ['प्रयागराज', 'Prayagraj', 'UP'], ['इलाहाबाद', 'Prayagraj', 'UP'],
    ['बरेली', 'Bareilly', 'UP'], ['अलीगढ़', 'Aligarh', 'UP'], ['गोरखपुर', 'Gorakhpur', 'UP'], ['झांसी', 'Jhansi', 'UP'], ['मथुरा', 'Mathura', 'UP'], ['सहारनपुर', 'Saharanpur', 'UP'],
    ['नागपुर', 'Nagpur', 'MH'], ['ठाणे', 'Thane', 'MH'], ['थाणे', 'Thane', 'MH'], ['नवी मुंबई', 'Navi Mumbai', 'MH'], ['नासिक', 'Nashik', 'MH'], ['नाशिक', 'Nashik', 'MH'],
    ['कल्याण', 'Kalyan', 'MH'], ['औरंगाबाद', 'Aurangabad', 'MH'], ['सोलापुर', 'Solapur', 'MH'], ['कोल्हापुर', 'Kolhapur', 'MH'],
    ['इंदौर', 'Indore', 'MP'], ['इन्दौर', 'Indore', 'MP'], ['भोपाल', 'Bhopal', 'MP'], ['जबलपुर', 'Jabalpur', 'MP'], ['ग्वालियर', 'Gwalior', 'MP'], ['उज्जैन', 'Ujjain', 'MP'],
    ['गुरुग्राम', 'Gurugram', 'HR'], ['गुड़गांव', 'Gurugram', 'HR'], ['गुडगांव', 'Gurugram', 'HR'], ['फ़रीदाबाद', 'Faridabad', 'HR'], ['पानीपत', 'Panipat', 'HR'], ['करनाल', 'Karnal', 'HR'], ['रोहतक', 'Rohtak', 'HR'], ['हिसार', 'Hisar', 'HR'],
    ['लुधियाना', 'Ludhiana', 'PB'], ['अमृतसर', 'Amritsar', 'PB'], ['जालंधर', 'Jalandhar', 'PB'], ['पटियाला', 'Patiala', 'PB'], ['मोहाली', 'Mohali', 'PB'],
    ['चंडीगढ़', 'Chandigarh', 'CH'], ['चण्डीगढ़', 'Chandigarh', 'CH'],
    ['पटना', 'Patna', 'BR'], ['भागलपुर', 'Bhagalpur', 'BR'], ['मुज़फ़्फ़रपुर', 'Muzaffarpur', 'BR'],
    ['रांची', 'Ranchi', 'JH'], ['धनबाद', 'Dhanbad', 'JH'], ['जमशेदपुर', 'Jamshedpur', 'JH'], ['बोकारो', 'Bokaro', 'JH'],
    ['रायपुर', 'Raipur', 'CT'], ['भिलाई', 'Bhilai', 'CT'],
    ['भुवनेश्वर', 'Bhubaneswar', 'OR'], ['कटक', 'Cuttack', 'OR'],
    ['देहरादून', 'Dehradun', 'UT'], ['हरिद्वार', 'Haridwar', 'UT'], ['शिमला', 'Shimla', 'HP'],
    ['श्रीनगर', 'Srinagar', 'JK'], ['जम्मू', 'Jammu', 'JK'], ['गुवाहाटी', 'Guwahati', 'AS'],
    ['विशाखापत्तनम', 'Visakhapatnam', 'AP'], ['विशाखापट्टनम', 'Visakhapatnam', 'AP'], ['विजयवाड़ा', 'Vijayawada', 'AP'],
    ['कोयंबटूर', 'Coimbatore', 'TN'], ['कोयम्बटूर', 'Coimbatore', 'TN'], ['मदुरै', 'Madurai', 'TN'],
    ['मैसूर', 'Mysuru', 'KA'], ['मैसूरु', 'Mysuru', 'KA'], ['मंगलौर', 'Mangaluru', 'KA'], ['हुबली', 'Hubballi', 'KA'],
    ['कोच्चि', 'Kochi', 'KL'], ['तिरुवनंतपुरम', 'Thiruvananthapuram', 'KL'], ['पणजी', 'Panaji', 'GA'],
  ],
  // job words people search with → the English words postings are written in; each term also
  // keeps matching itself (a posting written in Hindi)
  searchTerms: {
    डिलीवरी: ['delivery'], डिलिवरी: ['delivery'], 'डिलीवरी बॉय': ['delivery'], 'डिलीवरी ब्वॉय': ['delivery'], कूरियर: ['courier', 'delivery'], राइडर: ['rider', 'delivery'],
    ड्राइवर: ['driver'], ड्राईवर: ['driver'], ड्रायवर: ['driver'], चालक: ['driver'], ड्राइविंग: ['driving', 'driver'],
    'सिक्योरिटी गार्ड': ['security guard'], 'सिक्यूरिटी गार्ड': ['security guard'], 'सिक्युरिटी गार्ड': ['security guard'], सिक्योरिटी: ['security'], गार्ड: ['guard'], चौकीदार: ['guard', 'watchman'], सुरक्षा: ['security'], 'सुरक्षा गार्ड': ['security guard'],
    कुक: ['cook'], रसोइया: ['cook'], बावर्ची: ['cook'], शेफ: ['chef', 'cook'],
    इलेक्ट्रीशियन: ['electrician'], इलेक्ट्रिशियन: ['electrician'], बिजली: ['electrician', 'electrical'], प्लंबर: ['plumber'], 'नल मिस्त्री': ['plumber'],
    मैकेनिक: ['mechanic'], मिस्त्री: ['mechanic', 'technician'], टेक्नीशियन: ['technician'], वेल्डर: ['welder'], फिटर: ['fitter'], कारपेंटर: ['carpenter'], बढ़ई: ['carpenter'], पेंटर: ['painter'],
    टेलीकॉलर: ['telecaller'], 'टेली कॉलर': ['telecaller'], 'कॉल सेंटर': ['call centre', 'call center', 'bpo'], 'कस्टमर सपोर्ट': ['customer support'],
    सेल्स: ['sales'], बिक्री: ['sales'], मार्केटिंग: ['marketing'], 'फील्ड सेल्स': ['field sales'],
    नर्स: ['nurse'], 'वार्ड बॉय': ['ward boy'], हेल्पर: ['helper'], मजदूर: ['labour', 'helper'], सफाई: ['housekeeping', 'cleaner'], हाउसकीपिंग: ['housekeeping'],
    वेटर: ['waiter', 'steward'], रिसेप्शनिस्ट: ['receptionist'], अकाउंटेंट: ['accountant'], 'ऑफिस बॉय': ['office boy'], 'डाटा एंट्री': ['data entry'], 'डेटा एंट्री': ['data entry'], 'कंप्यूटर ऑपरेटर': ['computer operator'],
    पैकर: ['packer', 'packing'], पैकिंग: ['packing', 'packer'], पिकर: ['picker'], गोदाम: ['warehouse'], वेयरहाउस: ['warehouse'], 'स्टोर कीपर': ['store keeper', 'storekeeper'],
    ब्यूटीशियन: ['beautician'], टीचर: ['teacher'], शिक्षक: ['teacher'], अध्यापक: ['teacher'],
    rasoiya: ['cook'], bawarchi: ['cook'], khansama: ['cook'], chaukidar: ['guard', 'watchman'], chowkidar: ['guard', 'watchman'], darban: ['guard'],
  },
  // words around the job word that no posting contains ("डिलीवरी की नौकरी चाहिए")
  searchStopWords: ['की', 'का', 'के', 'में', 'लिए', 'नौकरी', 'नौकरियां', 'जॉब', 'जॉब्स', 'चाहिए', 'वाली', 'वाला', 'काम', 'naukri', 'chahiye', 'wali', 'wala', 'mein', 'ki', 'ka', 'ke', 'kaam'],
}
