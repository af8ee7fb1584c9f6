import type { Messages } from './en'
import profile from './hi/profile'
import chat from './hi/chat'
import shell from './hi/shell'
import home from './hi/home'
import jobs from './hi/jobs'
import landing from './hi/landing'
import serverMessagesMatching from './hi/server-messages-matching'
import applications from './hi/applications'
import apply from './hi/apply'
import notifications from './hi/notifications'
import resume from './hi/resume'
import ui from './hi/ui'
import serverMessagesApplications from './hi/server-messages-applications'
import serverMessagesUploads from './hi/server-messages-uploads'

/** हिंदी: simple, everyday words a delivery rider or a guard would use; English where Indians say it in English (resume, login, PDF). */
const hi: Messages = {
  common: {
    language: { label: 'भाषा', switchTo: '{{name}} में देखें' },
    skipToContent: 'मुख्य भाग पर जाएँ',
    error: {
      notFound: 'यह पेज नहीं मिला।',
      generic: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
      goHome: 'होम पर जाएँ',
    },
    footer: {
      about: 'हर हुनर के लिए नौकरी, भारत के हर शहर में। AIVI के साथ कुछ ही मिनटों में अपना resume बनाएँ।',
      candidates: 'उम्मीदवार',
      findJobs: 'नौकरी खोजें',
      employers: 'नियोक्ता',
      hire: 'AIVIUE से भर्ती करें',
      madeIn: '© {{year}} AIVIUE. भारत में बना।',
    },
    nav: { login: 'लॉग इन', signUp: 'साइन अप', forEmployers: 'नियोक्ताओं के लिए', forCandidates: 'उम्मीदवारों के लिए', main: 'मुख्य' },
  },
  auth: {
    login: {
      title: 'लॉग इन — AIVIUE',
      heading: 'फिर से स्वागत है',
      subtitle: 'अपने मोबाइल नंबर से लॉग इन करें।',
      mobile: 'मोबाइल नंबर',
      submit: 'लॉग इन करें',
      busy: 'लॉग इन हो रहा है…',
      newHere: 'AIVIUE पर नए हैं?',
      createAccount: 'खाता बनाएँ',
      signUp: 'साइन अप करें',
    },
    signup: {
      title: 'साइन अप — AIVIUE',
      heading: 'अपना खाता बनाएँ',
      subtitle: 'बस आपका मोबाइल नंबर और नाम। कोई पासवर्ड नहीं।',
      mobile: 'मोबाइल नंबर',
      mobileHint: 'भारतीय मोबाइल नंबर। यही आपका लॉग इन है, बाद में बदला नहीं जा सकता।',
      fullName: 'पूरा नाम',
      fullNamePlaceholder: 'जैसे रवि कुमार',
      submit: 'साइन अप करें',
      busy: 'आपका खाता बन रहा है…',
      already: 'पहले से खाता है?',
      logIn: 'लॉग इन करें',
    },
  },
  profile,
  chat,
  format: {
    salaryHidden: 'सैलरी नहीं बताई गई',
    perMonth: '{{amount}} /महीना',
    freshers: 'फ्रेशर',
    anyExperience: 'कोई भी अनुभव',
    yearsPlus: '{{years}}+ साल',
    yearsRange: '{{from}}–{{to}} साल',
    postedJustNow: 'अभी पोस्ट हुई',
    postedAgo: '{{distance}} पहले पोस्ट हुई',
    // "On-site" for a rider or a guard is the work site, not an office
    workMode: { onsite: 'काम की जगह पर', remote: 'घर से काम', hybrid: 'घर और ऑफ़िस दोनों' },
    employment: { full_time: 'फुल-टाइम', part_time: 'पार्ट-टाइम', contract: 'कॉन्ट्रैक्ट', internship: 'इंटर्नशिप' },
  },
  applications,
  apply,
  notifications,
  resume,
  ui,
  serverMessages: {
    // mobile number (server/candidate/mobile.ts)
    'Enter your 10-digit mobile number': 'अपना 10 अंकों का मोबाइल नंबर डालें',
    'A mobile number has 10 digits; this one has {{n}} digits': 'मोबाइल नंबर में 10 अंक होते हैं; इसमें {{n}} अंक हैं',
    'A mobile number has 10 digits; this one has {{n}} digit': 'मोबाइल नंबर में 10 अंक होते हैं; इसमें {{n}} अंक है',
    'Mobile numbers start with 6, 7, 8 or 9': 'मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है',
    'Mobile numbers start with 6, 7, 8 or 9; this looks like a landline number': 'मोबाइल नंबर 6, 7, 8 या 9 से शुरू होता है; यह लैंडलाइन नंबर लगता है',
    'This is a landline number; enter a mobile number (10 digits starting with 6, 7, 8 or 9)':
      'यह लैंडलाइन नंबर है; मोबाइल नंबर डालें (10 अंक, 6, 7, 8 या 9 से शुरू)',
    'This is not a valid Indian mobile number': 'यह सही भारतीय मोबाइल नंबर नहीं है',
    'Only Indian mobile numbers (+91) can be used': 'केवल भारतीय मोबाइल नंबर (+91) चलेंगे',
    'A mobile number can only contain digits, spaces, dashes, brackets and a leading +': 'मोबाइल नंबर में केवल अंक, स्पेस, डैश, ब्रैकेट और शुरू में + हो सकता है',
    // name (server/normalise/person-name.ts)
    'Enter your name': 'अपना नाम डालें',
    'Please enter your full name': 'अपना पूरा नाम डालें',
    'Name must be at least 2 characters': 'नाम में कम से कम 2 अक्षर होने चाहिए',
    'Name must be at most 80 characters': 'नाम में ज़्यादा से ज़्यादा 80 अक्षर हो सकते हैं',
    'Name can contain letters, spaces, dots, apostrophes and hyphens': 'नाम में केवल अक्षर, स्पेस, बिंदु (.), अपॉस्ट्रॉफ़ी (\') और हाइफ़न (-) हो सकते हैं',
    // sign-up and login (server/auth)
    'This mobile number is already registered. Please log in instead.': 'यह मोबाइल नंबर पहले से रजिस्टर है। कृपया लॉग इन करें।',
    'There is no account with this mobile number. Please sign up first.': 'इस मोबाइल नंबर से कोई खाता नहीं है। कृपया पहले साइन अप करें।',
    'Too many attempts. Please try again in {{n}} minutes.': 'बहुत ज़्यादा कोशिशें हो गईं। कृपया {{n}} मिनट बाद फिर कोशिश करें।',
    'Too many attempts. Please try again in {{n}} minute.': 'बहुत ज़्यादा कोशिशें हो गईं। कृपया {{n}} मिनट बाद फिर कोशिश करें।',
    'Too many attempts. Please try again in {{n}} hours.': 'बहुत ज़्यादा कोशिशें हो गईं। कृपया {{n}} घंटे बाद फिर कोशिश करें।',
    // the basic profile (server/candidate/profile-schema.ts)
    'Choose your city': 'अपना शहर चुनें',
    'Choose your city from the list': 'सूची में से अपना शहर चुनें',
    'Enter your 6-digit PIN code': 'अपना 6 अंकों का पिन कोड डालें',
    'A PIN code has 6 digits and does not start with 0': 'पिन कोड में 6 अंक होते हैं और यह 0 से शुरू नहीं होता',
    'Choose a job category': 'नौकरी की कैटेगरी चुनें',
    'Choose a job role': 'नौकरी का काम (रोल) चुनें',
    'Choose a role from the selected category': 'चुनी गई कैटेगरी में से रोल चुनें',
    'Choose at least one preferred job location': 'कम से कम एक पसंद की नौकरी की जगह चुनें',
    'Choose at most 5 preferred job locations': 'ज़्यादा से ज़्यादा 5 जगहें चुनें',
    'Choose preferred locations from the list': 'सूची में से पसंद की जगहें चुनें',
    'Enter your date of birth': 'अपनी जन्म तिथि डालें',
    'Enter your date of birth as dd-mm-yyyy, e.g. 15-08-1995': 'जन्म तिथि dd-mm-yyyy में डालें, जैसे 15-08-1995',
    'This date does not exist; please check the day and month': 'यह तारीख़ होती ही नहीं; दिन और महीना जाँचें',
    'Date of birth cannot be in the future': 'जन्म तिथि आने वाले समय की नहीं हो सकती',
    'You must be at least 18 years old': 'आपकी उम्र कम से कम 18 साल होनी चाहिए',
    'Age must be 70 or less; please check the year': 'उम्र 70 साल या उससे कम होनी चाहिए; साल जाँचें',
    '{{pin}} is a {{where}} PIN code, but your city is {{city}}. Please check the PIN code or the city.':
      '{{pin}} {{where}} का पिन कोड है, लेकिन आपका शहर {{city}} है। कृपया पिन कोड या शहर जाँचें।',
    '{{pin}} is an {{where}} PIN code, but your city is {{city}}. Please check the PIN code or the city.':
      '{{pin}} {{where}} का पिन कोड है, लेकिन आपका शहर {{city}} है। कृपया पिन कोड या शहर जाँचें।',
    'Enter a valid email address, e.g. name@example.com': 'सही ईमेल पता डालें, जैसे name@example.com',
    ...serverMessagesMatching,
    ...serverMessagesApplications,
    ...serverMessagesUploads,
  },
  shell,
  home,
  jobs,
  landing,
}

export const selfName = 'हिंदी'
export default hi
