/** The chat's own chrome on the candidate's side (the bot's words come from the server, decision 016). */
const chat = {
  copy: {
    foundTitle: 'Here is what I found in your resume',
    previewTitle: 'Your resume — check your answers',
    confirmButton: 'Looks good — save',
    confirmLabel: 'Looks good — save my resume',
    reading: 'Reading your resume…',
    finished: 'This conversation is finished. Start a new chat to change your resume.',
  },
  connection: {
    offline: 'Offline — answers will send when you’re back',
    live: 'Live',
    overHttp: 'Offline — sending over the network',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting… your answers are saved',
  },
  progress: '{{answered}} of {{total}} answered',
  close: 'Close',
  previousQuestion: '← Previous question',
  goBack: 'Go back',
  previewHint: 'Tap “Edit” on any answer above to change it.',
  choosePdf: 'Choose your resume PDF',
  createWithBot: 'Create with AIVI bot',
  voice: {
    speak: 'Speak your answer',
    stop: 'Stop listening',
    listening: 'Listening…',
    blocked: 'Microphone blocked — allow it in the browser, or type.',
    missed: 'Didn’t catch that — try again or type.',
  },
}
export type ChatUiMessages = typeof chat
export default chat
