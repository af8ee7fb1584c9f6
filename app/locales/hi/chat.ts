import type { ChatUiMessages } from '../en/chat'

const chat: ChatUiMessages = {
  copy: {
    foundTitle: 'आपके resume में मुझे यह मिला',
    previewTitle: 'आपका resume — अपने जवाब जाँच लें',
    confirmButton: 'सब ठीक है — सेव करें',
    confirmLabel: 'सब ठीक है — मेरा resume सेव करें',
    reading: 'आपका resume पढ़ा जा रहा है…',
    finished: 'यह बातचीत पूरी हो गई। resume बदलने के लिए नई चैट शुरू करें।',
  },
  connection: {
    offline: 'इंटरनेट नहीं है — वापस आते ही जवाब चले जाएँगे',
    live: 'चालू',
    overHttp: 'कनेक्शन कमज़ोर है — जवाब फिर भी भेजे जा रहे हैं',
    connecting: 'जुड़ रहा है…',
    reconnecting: 'फिर से जुड़ रहा है… आपके जवाब सेव हैं',
  },
  progress: '{{total}} में से {{answered}} जवाब दिए',
  close: 'बंद करें',
  previousQuestion: '← पिछला सवाल',
  goBack: 'पीछे जाएँ',
  previewHint: 'कोई जवाब बदलना हो तो ऊपर उसके “Edit” पर टैप करें।',
  choosePdf: 'अपनी resume PDF चुनें',
  createWithBot: 'AIVI बॉट से बनाएँ',
  voice: {
    speak: 'बोलकर जवाब दें',
    stop: 'सुनना बंद करें',
    listening: 'सुन रहा है…',
    blocked: 'माइक बंद है — ब्राउज़र में इजाज़त दें, या लिखें।',
    missed: 'समझ नहीं आया — फिर से बोलें या लिखें।',
  },
}
export default chat
