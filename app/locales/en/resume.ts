/** My Resume: the page around the chat (the chat itself has its own words). */
const resume = {
  title: 'My Resume — AIVIUE',
  heading: 'My Resume',
  newChat: 'New chat',
  noConnection: 'No connection. Please check your internet and try again.',
  generic: 'Something went wrong. Please try again.',
  start: {
    heading: 'You have no resume yet. How would you like to make it?',
    upload: 'Upload resume (PDF, max 2 MB)',
    uploadHint: 'AIVI reads it and asks only what is missing.',
    bot: 'Create with AIVI bot',
    botHint: 'Answer a few quick questions — it takes about 3 minutes.',
  },
  current: {
    heading: 'Your resume',
    version: 'Version {{version}}',
    saved: 'Saved {{when}} · {{source}}',
    fromPdf: 'from your PDF',
    withAivi: 'made with AIVI',
    answersLabel: 'Resume answers',
    download: 'Download PDF',
    edit: 'Edit',
    findJobs: 'Find matching jobs',
  },
  history: {
    heading: 'History',
    label: 'Past conversations',
    active: 'In progress',
    completed: 'Completed',
    continue: 'Continue',
    open: 'Open',
  },
  unfinished: {
    heading: 'You have an unfinished chat',
    editText: 'Continue it, or discard it and edit your saved resume instead.',
    newText: 'Continue where you left off, or discard it and start a new one.',
    continue: 'Continue',
    discardEdit: 'Discard & edit resume',
    discardNew: 'Discard & start new',
    cancel: 'Cancel',
  },
  returnReady: 'Your resume is ready. Go back and apply.',
  returnFirst: 'Make your resume first — then we take you straight back to the job to apply.',
  backToJob: 'Back to the job',
  chatTitle: 'Resume with AIVI',
  chatTitleRole: 'Resume with AIVI — {{role}}',
  asideLabel: 'Your resume and past conversations',
}

export type ResumeMessages = typeof resume
export default resume
