/**
 * What the upload routes say about a file (server/storage/file-checks.ts, server/http/uploads.ts,
 * server/resume/resume-upload.service.ts: refusals and the chat's progress), in Hindi. Keys are the server's English sentences;
 * app/i18n/server-messages.test.ts produces the file checks' sentences with the real function.
 * The narrower pattern comes first ("over 2 MB" before any size).
 */
const serverMessagesUploads: Record<string, string> = {
  'This file is empty. Please choose another file.': 'यह फ़ाइल खाली है। कृपया दूसरी फ़ाइल चुनें।',
  'This file is over {{size}}; the limit is {{limit}}. Please choose a smaller file.': 'यह फ़ाइल {{size}} से बड़ी है; सीमा {{limit}} है। कृपया छोटी फ़ाइल चुनें।',
  'This file is {{size}}; the limit is {{limit}}. Please choose a smaller file.': 'यह फ़ाइल {{size}} की है; सीमा {{limit}} है। कृपया छोटी फ़ाइल चुनें।',
  'This file is larger than {{n}} MB. Please choose a smaller file.': 'यह फ़ाइल {{n}} MB से बड़ी है। कृपया छोटी फ़ाइल चुनें।',
  "We could not recognise this file's type. Please upload a {{wanted}} file.": 'इस फ़ाइल का प्रकार पहचान में नहीं आया। कृपया {{wanted, choices}} फ़ाइल अपलोड करें।',
  'This file is {{found}}, not {{wanted}}. Please upload a {{again}} file.': 'यह फ़ाइल {{found}} है, {{wanted, choices}} नहीं। कृपया {{again, choices}} फ़ाइल अपलोड करें।',
  'The upload could not be read. Please try again.': 'अपलोड पढ़ा नहीं जा सका। कृपया फिर से कोशिश करें।',
  'The upload was interrupted. Please try again.': 'अपलोड बीच में रुक गया। कृपया फिर से कोशिश करें।',
  'Please upload one file at a time.': 'कृपया एक बार में एक ही फ़ाइल अपलोड करें।',
  'Please choose a file to upload.': 'कृपया अपलोड करने के लिए फ़ाइल चुनें।',
  'Something went wrong on our side. Please try again.': 'हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।',
  'This conversation was not found': 'यह बातचीत नहीं मिली',
  'Choose "Upload PDF" in the chat first.': 'पहले चैट में "PDF अपलोड करें" चुनें।',
  // the chat's progress while a resume PDF is read (server/resume/resume-upload.service.ts)
  'Reading your PDF…': 'आपकी PDF पढ़ी जा रही है…',
  'Found {{n}} details in your resume': 'आपके resume में {{n}} जानकारियाँ मिलीं',
}

export default serverMessagesUploads
