import type { ProfileMessages } from '../en/profile'

const profile: ProfileMessages = {
  gate: {
    title: 'आपकी बुनियादी प्रोफ़ाइल — AIVIUE',
    welcome: 'स्वागत है, {{name}}!',
    subtitle: 'आप कैसी नौकरी चाहते हैं, थोड़ा बताइए। बस एक मिनट लगेगा।',
    fullName: 'पूरा नाम',
    currentCity: 'अभी कहाँ रहते हैं',
    pinCode: 'पिन कोड',
    preferredCities: 'किन शहरों में नौकरी चाहिए',
    submit: 'आगे बढ़ें',
    busy: 'सेव हो रहा है…',
  },
}
export default profile
