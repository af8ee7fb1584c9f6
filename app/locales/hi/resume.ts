import type { ResumeMessages } from '../en/resume'

const resume: ResumeMessages = {
  title: 'मेरा Resume — AIVIUE',
  heading: 'मेरा Resume',
  newChat: 'नई चैट',
  noConnection: 'इंटरनेट नहीं है। अपना इंटरनेट देखें और फिर से कोशिश करें।',
  generic: 'कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
  start: {
    heading: 'आपका अभी कोई resume नहीं है। कैसे बनाना चाहेंगे?',
    upload: 'Resume अपलोड करें (PDF, 2 MB तक)',
    uploadHint: 'AIVI उसे पढ़ेगा और सिर्फ़ जो छूटा है वही पूछेगा।',
    bot: 'AIVI bot के साथ बनाएँ',
    botHint: 'कुछ आसान सवालों के जवाब दें — करीब 3 मिनट लगते हैं।',
  },
  current: {
    heading: 'आपका resume',
    version: 'वर्ज़न {{version}}',
    saved: 'सेव किया: {{when}} · {{source}}',
    fromPdf: 'आपके PDF से',
    withAivi: 'AIVI के साथ बना',
    answersLabel: 'Resume के जवाब',
    download: 'PDF डाउनलोड करें',
    edit: 'बदलें',
    findJobs: 'मेल खाती नौकरियाँ देखें',
  },
  history: {
    heading: 'पुरानी बातचीत',
    label: 'पिछली बातचीत',
    active: 'चल रही है',
    completed: 'पूरी हुई',
    continue: 'जारी रखें',
    open: 'खोलें',
  },
  unfinished: {
    heading: 'आपकी एक चैट अधूरी है',
    editText: 'उसे जारी रखें, या उसे हटाकर अपना सेव किया resume बदलें।',
    newText: 'जहाँ छोड़ा था वहीं से जारी रखें, या उसे हटाकर नई शुरू करें।',
    continue: 'जारी रखें',
    discardEdit: 'हटाएँ और resume बदलें',
    discardNew: 'हटाएँ और नई शुरू करें',
    cancel: 'रद्द करें',
  },
  returnReady: 'आपका resume तैयार है। वापस जाकर अप्लाई करें।',
  returnFirst: 'पहले अपना resume बनाएँ — फिर हम आपको सीधे उसी नौकरी पर अप्लाई करने ले चलेंगे।',
  backToJob: 'नौकरी पर वापस जाएँ',
  chatTitle: 'AIVI के साथ resume',
  chatTitleRole: 'AIVI के साथ resume — {{role}}',
  asideLabel: 'आपका resume और पिछली बातचीत',
}

export default resume
