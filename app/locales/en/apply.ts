/** The Apply button, the sheet of questions and the job page's Apply card. */
const apply = {
  noConnection: 'No connection — you have not applied yet. Tap Apply to try again.',
  generic: 'Something went wrong. Please try again.',
  appliedMark: 'Applied ✓',
  myApplications: 'My applications',
  yes: 'Yes',
  no: 'No',
  pickAll: 'Pick all that apply.',
  sheetLabel: 'Apply for {{title}}',
  before: 'Before you apply',
  stillApply: 'You can still apply; the employer decides.',
  questions_one: 'One question your resume does not answer:',
  questions_other: 'A few questions your resume does not answer:',
  applying: 'Applying…',
  applyAnyway: 'Apply anyway',
  applyNow: 'Apply now',
  cancel: 'Cancel',
  dialogTitle: 'Apply: {{title}}',
  apply: 'Apply',
  applyFor: 'Apply for {{title}}',
  job: {
    headingApplied: 'Your application',
    heading: 'Apply for this job',
    created: 'Done — the employer can see your resume now. We will tell you the moment they reply.',
    already: 'You have applied. Follow every step in My applications.',
    needResume: 'You need a resume to apply. Make one with AIVI in about 3 minutes, or upload your PDF — then we bring you back here.',
    makeResume: 'Make my resume to apply',
    resumeSaved: 'Your resume is saved. You can apply now.',
    oneTapAsks: 'One tap, then a quick question or two your resume does not answer.',
    oneTap: 'One tap: the employer gets your current resume.',
    mismatchesLabel: 'What this job needs that you have not told us',
  },
}

export type ApplyMessages = typeof apply
export default apply
