import type { ApplicationsMessages } from "../en/applications";

const applications: ApplicationsMessages = {
  list: {
    title: "मेरी अर्ज़ियाँ — AIVIUE",
    heading: "मेरी अर्ज़ियाँ",
    emptyTitle: "आपने अभी तक किसी नौकरी के लिए अप्लाई नहीं किया है",
    emptyText:
      'अपने लायक नौकरी खोजें और "अप्लाई करें" दबाएँ — आपके resume के साथ बस एक टैप में हो जाता है।',
    findJobs: "नौकरी खोजें",
    listLabel: "आपकी अर्ज़ियाँ",
    staleForm: "यह फ़ॉर्म पुराना हो गया है। कृपया पेज दोबारा खोलें।",
    failed: "यह नहीं हो पाया। कृपया फिर से कोशिश करें।",
    withdrawn: "अर्ज़ी वापस ले ली गई। नियोक्ता को बता दिया गया है।",
    live: "{{title}}: {{status}}",
  },
  detail: {
    title: "{{title}} — मेरी अर्ज़ी — AIVIUE",
    titleFallback: "मेरी अर्ज़ी — AIVIUE",
    back: "← मेरी अर्ज़ियाँ",
    heading: "मेरी अर्ज़ी",
    myApplications: "मेरी अर्ज़ियाँ",
  },
  card: {
    interview: "इंटरव्यू",
    yourInterview: "आपका इंटरव्यू",
    when: "कब",
    where: "कहाँ",
    openInMaps: "मैप में देखें",
    newTab: " (नए टैब में खुलेगा)",
    askFor: "किससे मिलें",
    notes: "ज़रूरी बातें",
    nextStep: "अब आगे क्या करें",
    messageFrom: "{{company}} का संदेश",
    employerPhone: "नियोक्ता का फ़ोन:",
    applied: "अप्लाई किया: {{when}}",
    withdraw: "अर्ज़ी वापस लें",
    withdrawConfirm:
      "{{title}} से अर्ज़ी वापस लेनी है? नियोक्ता को बता दिया जाएगा। नौकरी खुली रहने तक आप फिर से अप्लाई कर सकते हैं।",
    withdrawing: "वापस ले रहे हैं…",
    yesWithdraw: "हाँ, वापस लें",
  },
  status: {
    applied: "अप्लाई किया",
    viewed: "देखी गई",
    shortlisted: "शॉर्टलिस्ट हुए",
    interview: "इंटरव्यू",
    interview_scheduled: "इंटरव्यू",
    hired: "नौकरी मिली",
    not_selected: "चयन नहीं हुआ",
    position_filled: "जगह भर गई",
    withdrawn: "वापस ली गई",
    decision: "फ़ैसला",
  },
  timeline: {
    label: "अर्ज़ी कहाँ तक पहुँची",
    done: " (हो गया)",
    now: " (अभी यहाँ)",
    upcoming: " (अभी बाकी)",
  },
};

export default applications;
