import type { ServerMessageCatalog } from '~/i18n/server-messages'

/**
 * "Why it matched" (server/matching/match-explain.ts), what a job needs that the profile lacks
 * (server/matching/matching.service.ts), the completeness checklist
 * (server/candidate/profile-completeness.ts) and a closed job (server/jobs/jobs.router.ts), in Hindi.
 * Patterns are tried in this order, so a longer sentence comes before a shorter one it starts
 * with ("fits your current …" before "fits your …"). Role, category, city, skill and language
 * names are the database's and stay as they are.
 */

// "your 2.5 yrs fit 1–3 yrs": the candidate's experience and the job's range are each one of a
// few shapes, so every pairing is spelled out rather than translated piece by piece
const yours: [string, string][] = [
  ['{{n}} months', '{{n}} महीने'],
  ['{{n}} month', '{{n}} महीने'],
  ['{{n}} yrs', '{{n}} साल'],
  ['{{n}} yr', '{{n}} साल'],
]
const ranges: [string, string][] = [
  ['{{from}}+ yrs', '{{from}}+ साल'],
  ['up to {{to}} yrs', '{{to}} साल तक'],
  ['up to {{to}} yr', '{{to}} साल तक'],
  ['{{from}}–{{to}} yrs', '{{from}}–{{to}} साल'],
]
const experience: ServerMessageCatalog = Object.fromEntries(
  yours.flatMap(([en, hi]) => ranges.map(([enRange, hiRange]) => [`your ${en} fit ${enRange}`, `आपका ${hi} का अनुभव, चाहिए ${hiRange}`])),
)

const matching: ServerMessageCatalog = {
  // the role
  'Your preferred role': 'आपकी पसंद का काम',
  'Related field: {{category}}': 'मिलता-जुलता काम: {{category}}',
  // where
  'Remote: work from anywhere': 'रिमोट: कहीं से भी काम करें',
  'In {{place}}, the metro nearest you': '{{place}} में, आपके सबसे पास का बड़ा शहर',
  'In {{place}}, the metro nearest {{home}}': '{{place}} में, {{home}} के सबसे पास का बड़ा शहर',
  'In {{place}}, your preferred city': '{{place}} में, आपकी पसंद का शहर',
  '{{km}} km from {{anchor}}, the metro nearest you': '{{anchor}} से {{km}} km, आपके सबसे पास का बड़ा शहर',
  '{{km}} km from {{anchor}}, the metro nearest {{home}}': '{{anchor}} से {{km}} km, {{home}} के सबसे पास का बड़ा शहर',
  '{{km}} km from {{anchor}}': '{{anchor}} से {{km}} km',
  'In {{place}}': '{{place}} में',
  // skills
  'Knows {{skills}}': 'आपको आता है: {{skills}}',
  // salary: "₹18–25k fits your ₹20k"
  '{{range}} fits your current {{salary}}': '{{range}}, आपकी अभी की {{salary}} के हिसाब से सही',
  '{{range}} fits your {{salary}}': '{{range}}, आपकी {{salary}} की उम्मीद के हिसाब से सही',
  '{{range}}: more than your current {{salary}}': '{{range}}: आपकी अभी की {{salary}} से ज़्यादा',
  '{{range}}: more than your {{salary}}': '{{range}}: आपकी {{salary}} की उम्मीद से ज़्यादा',
  'Pays {{range}}, below your {{amount}} lakh expectation': 'सैलरी {{range}}, आपकी {{amount}} लाख की उम्मीद से कम',
  'Pays {{range}}, below your {{amount}} expectation': 'सैलरी {{range}}, आपकी {{amount}} की उम्मीद से कम',
  // requirements
  'needs a driving licence: you have one': 'ड्राइविंग लाइसेंस चाहिए: आपके पास है',
  'needs a two-wheeler: you have one': 'टू-व्हीलर चाहिए: आपके पास है',
  'needs {{n}} languages: you speak {{spoken}}': '{{n}} भाषाएँ चाहिए: आप {{spoken}} बोलते हैं',
  'needs {{a}} and {{b}}: you speak both': '{{a}} और {{b}} चाहिए: आप दोनों बोलते हैं',
  'needs {{a}} and {{b}}: you speak them all': '{{a}} और {{b}} चाहिए: आप सब बोलते हैं',
  'needs {{language}}: you speak it': '{{language}} चाहिए: आप बोलते हैं',
  'needs {{n}} of {{list}}: you speak {{a}} and {{b}}': '{{list}} में से {{n}} चाहिए: आप {{a}} और {{b}} बोलते हैं',
  'needs {{n}} of {{list}}: you speak {{spoken}}': '{{list}} में से {{n}} चाहिए: आप {{spoken}} बोलते हैं',
  'needs {{a}} or {{b}}: you speak {{c}} and {{d}}': '{{a}} या {{b}} चाहिए: आप {{c}} और {{d}} बोलते हैं',
  'needs {{a}} or {{b}}: you speak {{spoken}}': '{{a}} या {{b}} चाहिए: आप {{spoken}} बोलते हैं',
  // experience and age
  'Freshers welcome': 'फ्रेशर भी चलेंगे',
  ...experience,
  'New today': 'आज ही आई',
  // the role's category (after every other pattern: it only asks for a trailing " job")
  '{{category}} job': '{{category}} की नौकरी',

  // what the job needs that the profile lacks, and where to add it
  'This job needs a driving licence. Add yours to your resume if you have one.': 'इस नौकरी में ड्राइविंग लाइसेंस चाहिए। अगर आपके पास है, तो अपने resume में जोड़ें।',
  'This job needs a two-wheeler. Add it to your resume if you have one.': 'इस नौकरी में टू-व्हीलर चाहिए। अगर आपके पास है, तो अपने resume में जोड़ें।',
  'This job needs more languages than your profile lists. Add the languages you speak.': 'इस नौकरी में आपकी प्रोफ़ाइल से ज़्यादा भाषाएँ चाहिए। आप जो भाषाएँ बोलते हैं, उन्हें जोड़ें।',
  'Update my profile': 'मेरी प्रोफ़ाइल बदलें',
  'Update my resume': 'मेरा resume बदलें',

  // a closed job
  'This job is closed and no longer takes applications.': 'यह नौकरी बंद हो गई है, अब आवेदन नहीं लिए जा रहे।',

  // the completeness checklist on Home
  'Basic details': 'बुनियादी जानकारी',
  Resume: 'resume',
  'Profile photo': 'प्रोफ़ाइल फ़ोटो',
  'Date of birth': 'जन्म तिथि',
  Languages: 'भाषाएँ',
  'About you': 'आपके बारे में',
  Email: 'ईमेल',
  'Current salary': 'अभी की सैलरी',
  'Aadhaar or PAN': 'आधार या PAN',
}
export default matching
