import type { HomeMessages } from '../en/home'

const home: HomeMessages = {
  title: 'होम — AIVIUE',
  greeting: 'नमस्ते, {{name}}',
  resume: {
    heading: 'आपका resume',
    none: 'आपका resume अभी नहीं बना है। AIVI के साथ कुछ ही मिनटों में बनाएँ, या अपनी PDF अपलोड करें।',
    start: 'मेरा resume शुरू करें',
    inProgress: 'आपका resume बन रहा है। जहाँ छोड़ा था, वहीं से आगे बढ़ें।',
    continue: 'resume आगे बनाएँ',
    ready: 'आपका resume तैयार है (वर्ज़न {{version}})।',
    view: 'resume देखें',
    download: 'PDF डाउनलोड करें',
  },
  completeness: {
    heading: 'प्रोफ़ाइल कितनी पूरी है',
    add: 'जोड़ें: {{items}}।',
    complete: 'प्रोफ़ाइल पूरी करें',
    done: 'आपकी प्रोफ़ाइल पूरी है।',
  },
  jobsForYou: 'आपके लिए नौकरियाँ',
  exploreMore: 'और नौकरियाँ देखें',
  empty: {
    title: 'अभी आपकी प्रोफ़ाइल से मिलती कोई नौकरी नहीं है',
    body: 'हर दिन नई नौकरियाँ आती हैं। तब तक सारी खुली नौकरियाँ देखें, या अपनी नौकरी की पसंद बढ़ाएँ।',
    preferences: 'नौकरी की पसंद बदलें',
  },
}
export default home
