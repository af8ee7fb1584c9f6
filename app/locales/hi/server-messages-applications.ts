/**
 * What the server says to a candidate about applying and applications, in Hindi (keys: the server's
 * English sentences, see app/i18n/server-messages.ts). Placeholders keep the English order (a test
 * checks it); job titles, company names, places and employers' own messages stay as typed.
 * app/i18n/server-messages-applications.test.ts produces these sentences with the real functions.
 * Order matters for patterns: the first that matches wins, so the narrower ones come first.
 */
const serverMessagesApplications: Record<string, string> = {
  // ── refusals (server/applications/applications.service.ts, application-status.ts) ─────────
  'We could not find this job. It may have been removed.': 'यह नौकरी नहीं मिली। शायद इसे हटा दिया गया है।',
  'Your account was not found. Please log in again.': 'आपका खाता नहीं मिला। कृपया फिर से लॉग इन करें।',
  'We could not find this application.': 'यह अर्ज़ी नहीं मिली।',
  'You need a resume to apply. Build one with AIVI or upload a PDF, then come back to this job.':
    'अप्लाई करने के लिए resume चाहिए। AIVI के साथ बनाएँ या PDF अपलोड करें, फिर इस नौकरी पर वापस आएँ।',
  'This job is closed and no longer takes applications.': 'यह नौकरी बंद हो गई है, अब इसमें अर्ज़ी नहीं ली जाती।',
  'Please answer the questions about this job.': 'कृपया इस नौकरी के सवालों के जवाब दें।',
  'You have already applied to this job.': 'आप इस नौकरी के लिए पहले ही अप्लाई कर चुके हैं।',
  'You were hired for this job, so it cannot be withdrawn here. Please speak to the employer.':
    'इस नौकरी में आपको रख लिया गया है, इसलिए यहाँ से अर्ज़ी वापस नहीं ली जा सकती। कृपया नियोक्ता से बात करें।',
  'The employer has already decided on this application, so there is nothing to withdraw.': 'नियोक्ता इस अर्ज़ी पर फ़ैसला कर चुका है, इसलिए वापस लेने को कुछ नहीं है।',
  // the sheet's answers (apply-requirements.ts checkApplyAnswers)
  'This question was not asked for this job. Please reload the page.': 'यह सवाल इस नौकरी के लिए नहीं पूछा गया था। कृपया पेज दोबारा खोलें।',
  'Please answer: {{question}}': 'कृपया जवाब दें: {{question}}',
  'Answer yes or no': 'हाँ या नहीं में जवाब दें',
  'Choose one of the options': 'दिए गए विकल्पों में से एक चुनें',
  'Choose from the options': 'दिए गए विकल्पों में से चुनें',

  // ── the sheet's questions and their options (apply-requirements.ts applyQuestions) ────────
  'Do you have a driving licence?': 'क्या आपके पास ड्राइविंग लाइसेंस है?',
  'Which vehicles does your licence cover?': 'आपका लाइसेंस किन गाड़ियों का है?',
  'Which vehicle do you own?': 'आपके पास कौन-सी गाड़ी है?',
  'Which of these languages do you speak?': 'इनमें से कौन-सी भाषाएँ आप बोलते हैं?',
  'This job has night shifts. Can you work them?': 'इस नौकरी में रात की शिफ़्ट है। क्या आप कर पाएँगे?',
  'This job has rotating shifts (nights too). Can you work them?': 'इस नौकरी में बदलती शिफ़्ट है (रात की भी)। क्या आप कर पाएँगे?',
  'How much work experience do you have?': 'आपको काम का कितना अनुभव है?',
  'What is your highest education?': 'आपकी सबसे ऊँची पढ़ाई क्या है?',
  'Two-wheeler (bike / scooter)': 'दोपहिया (बाइक / स्कूटर)',
  'Car / LMV': 'कार / LMV',
  'Heavy vehicle / HMV': 'भारी गाड़ी / HMV',
  'Transport / commercial': 'ट्रांसपोर्ट / कमर्शियल',
  'A two-wheeler (bike / scooter)': 'दोपहिया (बाइक / स्कूटर)',
  'A four-wheeler (car)': 'चारपहिया (कार)',
  'No vehicle': 'कोई गाड़ी नहीं',
  'Fresher (no experience)': 'फ्रेशर (कोई अनुभव नहीं)',
  'Less than 1 year': '1 साल से कम',
  '1 to 2 years': '1 से 2 साल',
  '2 to 5 years': '2 से 5 साल',
  'More than 5 years': '5 साल से ज़्यादा',
  'Below 10th': '10वीं से कम',
  '10th pass': '10वीं पास',
  '12th pass': '12वीं पास',
  ITI: 'ITI (आईटीआई)',
  Diploma: 'डिप्लोमा',
  Graduate: 'ग्रेजुएट',
  'Post graduate': 'पोस्ट ग्रेजुएट',

  // ── what the candidate lacks (apply-requirements.ts hardMismatches) ────────────────────────
  'This job needs a driving licence': 'इस नौकरी के लिए ड्राइविंग लाइसेंस चाहिए',
  'This job needs a two-wheeler licence': 'इस नौकरी के लिए दोपहिया का लाइसेंस चाहिए',
  'This job needs a car (LMV) licence': 'इस नौकरी के लिए कार (LMV) का लाइसेंस चाहिए',
  'This job needs a heavy vehicle (HMV) licence': 'इस नौकरी के लिए भारी गाड़ी (HMV) का लाइसेंस चाहिए',
  'This job needs a transport licence': 'इस नौकरी के लिए ट्रांसपोर्ट लाइसेंस चाहिए',
  'This job needs your own two-wheeler': 'इस नौकरी के लिए आपकी अपनी दोपहिया गाड़ी चाहिए',
  'This job needs your own four-wheeler': 'इस नौकरी के लिए आपकी अपनी चारपहिया गाड़ी चाहिए',
  'This job has night shifts': 'इस नौकरी में रात की शिफ़्ट है',
  'This job has rotating shifts (nights too)': 'इस नौकरी में बदलती शिफ़्ट है (रात की भी)',
  'This job needs 10th pass or more': 'इस नौकरी के लिए कम से कम 10वीं पास चाहिए',
  'This job needs 12th pass or more': 'इस नौकरी के लिए कम से कम 12वीं पास चाहिए',
  'This job needs an ITI or more': 'इस नौकरी के लिए कम से कम ITI चाहिए',
  'This job needs a diploma or more': 'इस नौकरी के लिए कम से कम डिप्लोमा चाहिए',
  'This job needs a degree or more': 'इस नौकरी के लिए कम से कम ग्रेजुएशन चाहिए',
  'This job needs a postgraduate degree or more': 'इस नौकरी के लिए कम से कम पोस्ट ग्रेजुएशन चाहिए',
  'This job needs at least {{n}} months of experience': 'इस नौकरी के लिए कम से कम {{n}} महीने का अनुभव चाहिए',
  'This job needs at least {{n}} month of experience': 'इस नौकरी के लिए कम से कम {{n}} महीने का अनुभव चाहिए',
  'This job needs at least {{n}} yrs of experience': 'इस नौकरी के लिए कम से कम {{n}} साल का अनुभव चाहिए',
  'This job needs at least {{n}} yr of experience': 'इस नौकरी के लिए कम से कम {{n}} साल का अनुभव चाहिए',
  'This job needs at least {{n}} languages': 'इस नौकरी के लिए कम से कम {{n}} भाषाएँ आनी चाहिए',
  // several licence types ("two-wheeler or car (LMV)"): the types stay as the server names them
  'This job needs a {{types}} licence': 'इस नौकरी के लिए {{types}} लाइसेंस चाहिए',
  'This job needs {{n}} of {{languages}}': 'इस नौकरी के लिए इनमें से {{n}} भाषाएँ आनी चाहिए: {{languages}}',
  'This job needs {{languages}} and {{last}}': 'इस नौकरी के लिए {{languages}} और {{last}} आनी चाहिए',
  // one language, last: every other "This job needs …" is matched above
  'This job needs {{language}}': 'इस नौकरी के लिए {{language}} आनी चाहिए',

  // ── what to do next (application-status.ts nextStepText) ──────────────────────────────────
  'The employer will look at your application. We will tell you as soon as they do.': 'नियोक्ता आपकी अर्ज़ी देखेगा। जैसे ही वह देखेगा, हम आपको बताएँगे।',
  'The employer has seen your application. Keep your phone close: they may call you.': 'नियोक्ता ने आपकी अर्ज़ी देख ली है। फ़ोन पास रखें: वे आपको कॉल कर सकते हैं।',
  'You are shortlisted! The employer may call you to fix an interview.': 'आप शॉर्टलिस्ट हो गए! इंटरव्यू तय करने के लिए नियोक्ता आपको कॉल कर सकता है।',
  // the day and time are the server's English ("Tue, 14 Jan 2031", "10:30"), rewritten by the page's formatters
  'Go for your interview on {{when}} at {{time}} at {{place}} and ask for {{contact}}. Carry your resume and an ID proof.':
    'इंटरव्यू के लिए {{when, interviewDate}} को {{time, interviewTime}} बजे जाएँ, पता: {{place}}, और {{contact}} से मिलें। अपना resume और कोई ID proof साथ ले जाएँ।',
  'Go for your interview on {{when}} at {{time}} at {{place}}. Carry your resume and an ID proof.':
    'इंटरव्यू के लिए {{when, interviewDate}} को {{time, interviewTime}} बजे जाएँ, पता: {{place}}। अपना resume और कोई ID proof साथ ले जाएँ।',
  'Your interview is being scheduled. We will send you the details.': 'आपका इंटरव्यू तय हो रहा है। पूरी जानकारी हम आपको भेजेंगे।',
  'Congratulations! The employer will contact you with your joining date and documents.': 'बधाई हो! नियोक्ता आपको जॉइनिंग की तारीख़ और ज़रूरी कागज़ों के बारे में बताएगा।',
  'Do not lose heart: apply to more jobs that match you.': 'हिम्मत न हारें: अपने लायक और नौकरियों के लिए अप्लाई करें।',
  'This job is closed now. Look at other jobs that match you.': 'यह नौकरी अब बंद है। अपने लायक दूसरी नौकरियाँ देखें।',
  'You withdrew this application. You can apply again while the job is open.': 'आपने यह अर्ज़ी वापस ले ली। नौकरी खुली रहने तक आप फिर से अप्लाई कर सकते हैं।',

  // ── the employer's polite "not selected" messages (NOT_SELECTED_TEMPLATES) ────────────────
  'Thank you for applying. We have chosen another candidate for this job. We wish you the very best and hope you find the right job soon.':
    'अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए हमने किसी और को चुना है। आपको शुभकामनाएँ, आपको जल्द ही सही नौकरी मिले।',
  'Thank you for applying. For this job we need someone with more experience. Please keep building your skills, and do apply to our future openings.':
    'अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए हमें ज़्यादा अनुभव वाला व्यक्ति चाहिए। अपना हुनर बढ़ाते रहें, और हमारी आगे की नौकरियों में ज़रूर अप्लाई करें।',
  'Thank you for applying. This job needs someone who lives closer to the workplace. We wish you luck with jobs nearer to you.':
    'अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए काम की जगह के पास रहने वाला व्यक्ति चाहिए। आपके पास की नौकरियों के लिए शुभकामनाएँ।',
  'Thank you for applying. This job has a requirement your profile does not meet yet. We wish you the very best in your search.':
    'अप्लाई करने के लिए धन्यवाद। इस नौकरी की एक ज़रूरत अभी आपकी प्रोफ़ाइल में पूरी नहीं होती। नौकरी खोजने में आपको शुभकामनाएँ।',

  // ── notifications (application-status.ts candidateNotice) ─────────────────────────────────
  'Application sent': 'अर्ज़ी भेज दी गई',
  'Your application was seen': 'आपकी अर्ज़ी देखी गई',
  'You are shortlisted': 'आप शॉर्टलिस्ट हो गए',
  'Interview scheduled': 'इंटरव्यू तय हुआ',
  'You are hired!': 'आपको नौकरी मिल गई!',
  'Application update': 'अर्ज़ी पर जानकारी',
  'Position filled': 'जगह भर गई',
  'Application withdrawn': 'अर्ज़ी वापस ली गई',
  'You applied for {{title}} at {{company}}.': 'आपने {{title}} ({{company}}) के लिए अप्लाई किया।',
  '{{company}} looked at your application for {{title}}.': '{{company}} ने {{title}} के लिए आपकी अर्ज़ी देखी।',
  '{{company}} shortlisted you for {{title}}.': '{{company}} ने आपको {{title}} के लिए शॉर्टलिस्ट किया।',
  '{{company}} wants to interview you for {{title}}.': '{{company}} आपका {{title}} के लिए इंटरव्यू लेना चाहता है।',
  '{{company}} hired you for {{title}}. Congratulations! The employer will contact you with your joining date and documents.':
    '{{company}} ने आपको {{title}} की नौकरी दे दी। बधाई हो! नियोक्ता आपको जॉइनिंग की तारीख़ और ज़रूरी कागज़ों के बारे में बताएगा।',
  // the employer's own words stay as written
  '{{company}} hired you for {{title}}. {{message}}': '{{company}} ने आपको {{title}} की नौकरी दे दी। {{message}}',
  '{{title}} at {{company}}: Thank you for applying. We have chosen another candidate for this job. We wish you the very best and hope you find the right job soon.':
    '{{title}} ({{company}}): अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए हमने किसी और को चुना है। आपको शुभकामनाएँ, आपको जल्द ही सही नौकरी मिले।',
  '{{title}} at {{company}}: Thank you for applying. For this job we need someone with more experience. Please keep building your skills, and do apply to our future openings.':
    '{{title}} ({{company}}): अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए हमें ज़्यादा अनुभव वाला व्यक्ति चाहिए। अपना हुनर बढ़ाते रहें, और हमारी आगे की नौकरियों में ज़रूर अप्लाई करें।',
  '{{title}} at {{company}}: Thank you for applying. This job needs someone who lives closer to the workplace. We wish you luck with jobs nearer to you.':
    '{{title}} ({{company}}): अप्लाई करने के लिए धन्यवाद। इस नौकरी के लिए काम की जगह के पास रहने वाला व्यक्ति चाहिए। आपके पास की नौकरियों के लिए शुभकामनाएँ।',
  '{{title}} at {{company}}: Thank you for applying. This job has a requirement your profile does not meet yet. We wish you the very best in your search.':
    '{{title}} ({{company}}): अप्लाई करने के लिए धन्यवाद। इस नौकरी की एक ज़रूरत अभी आपकी प्रोफ़ाइल में पूरी नहीं होती। नौकरी खोजने में आपको शुभकामनाएँ।',
  // after the polite templates: a custom message could look like a time and a place
  '{{title}} at {{company}}: {{when}} at {{time}}, {{place}}.': '{{title}} ({{company}}): इंटरव्यू {{when, interviewDate}} को {{time, interviewTime}} बजे, {{place}}।',
  '{{title}} at {{company}} is closed and no longer hiring.': '{{title}} ({{company}}) की नौकरी बंद हो गई है, अब भर्ती नहीं हो रही।',
  'You withdrew your application for {{title}} at {{company}}.': 'आपने {{title}} ({{company}}) के लिए अपनी अर्ज़ी वापस ले ली।',
  // a "not selected" with the employer's own words: those stay as written (last: the interview body above is narrower)
  '{{title}} at {{company}}: {{message}}': '{{title}} ({{company}}): {{message}}',
}

export default serverMessagesApplications
