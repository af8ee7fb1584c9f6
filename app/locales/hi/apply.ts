import type { ApplyMessages } from '../en/apply'

const apply: ApplyMessages = {
  noConnection: 'इंटरनेट नहीं है — अभी अप्लाई नहीं हुआ। फिर से "अप्लाई करें" दबाएँ।',
  generic: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
  appliedMark: 'अप्लाई हो गया ✓',
  myApplications: 'मेरी अर्ज़ियाँ',
  yes: 'हाँ',
  no: 'नहीं',
  pickAll: 'जितने सही हों, सब चुनें।',
  sheetLabel: '{{title}} के लिए अप्लाई करें',
  before: 'अप्लाई करने से पहले',
  stillApply: 'आप फिर भी अप्लाई कर सकते हैं; फ़ैसला नियोक्ता करेगा।',
  questions_one: 'एक सवाल जिसका जवाब आपके resume में नहीं है:',
  questions_other: 'कुछ सवाल जिनका जवाब आपके resume में नहीं है:',
  applying: 'अप्लाई हो रहा है…',
  applyAnyway: 'फिर भी अप्लाई करें',
  applyNow: 'अभी अप्लाई करें',
  cancel: 'रद्द करें',
  dialogTitle: 'अप्लाई करें: {{title}}',
  apply: 'अप्लाई करें',
  applyFor: '{{title}} के लिए अप्लाई करें',
  job: {
    headingApplied: 'आपकी अर्ज़ी',
    heading: 'इस नौकरी के लिए अप्लाई करें',
    created: 'हो गया — नियोक्ता अब आपका resume देख सकता है। जवाब आते ही हम आपको बताएँगे।',
    already: 'आप अप्लाई कर चुके हैं। हर कदम "मेरी अर्ज़ियाँ" में देखें।',
    needResume: 'अप्लाई करने के लिए resume चाहिए। AIVI के साथ करीब 3 मिनट में बनाएँ, या अपना PDF अपलोड करें — फिर हम आपको यहीं वापस ले आएँगे।',
    makeResume: 'अप्लाई के लिए resume बनाएँ',
    resumeSaved: 'आपका resume सेव हो गया। अब आप अप्लाई कर सकते हैं।',
    oneTapAsks: 'एक टैप, फिर एक-दो छोटे सवाल जिनका जवाब आपके resume में नहीं है।',
    oneTap: 'एक टैप: नियोक्ता को आपका अभी का resume मिल जाएगा।',
    mismatchesLabel: 'इस नौकरी में जो चाहिए और आपने नहीं बताया',
  },
}

export default apply
