/** The public landing pages: candidates (app/routes/candidate.tsx) and employers (app/routes/_index.tsx). */
const landing = {
  candidate: {
    title: 'Find your dream job — AIVIUE for candidates',
    description: 'Build your resume with AIVI in minutes and get jobs matched to your role and city.',
    heading: 'Find your dream job',
    intro: 'Delivery, driving, telecalling, trades, retail, healthcare, office and tech jobs across India. Build your resume with AIVI and get matched today.',
    create: 'Create my resume',
    haveAccount: 'I already have an account',
    how: 'How it works',
    steps: {
      signUp: { title: 'Sign up with your mobile', body: 'Just your mobile number and name. No password to remember.' },
      build: { title: 'Build your resume with AIVI', body: 'Chat with AIVI or upload your PDF. AIVI asks only what is missing.' },
      matched: { title: 'Get matched jobs', body: 'Jobs near you that fit your role, experience and salary — with the reason for every match.' },
    },
    hot: 'Hot jobs',
    noHot: 'New jobs are being posted. Sign up to be the first to see them.',
    why: 'Why build your resume with AIVI',
    whyItems: {
      simple: { title: 'Simple questions', body: 'Answer with buttons and quick picks — it works well on any phone.' },
      pdf: { title: 'A clean PDF resume', body: 'Download a one-page resume employers can read at a glance.' },
      saved: { title: 'Saved as you go', body: 'Leave any time and continue from the same question, even on another phone.' },
    },
    categories: 'Explore job categories',
    jobCount_one: '{{count}} job',
    jobCount_other: '{{count}} jobs',
    cta: 'Your next job is one chat away',
    ctaBody: 'Sign up with your mobile number, answer a few questions, and download your resume as a PDF.',
    start: 'Get started — it’s free',
  },
  employer: {
    title: 'AIVIUE — Hire faster across India',
    description: 'AIVIUE connects employers with verified candidates for delivery, driving, telecalling, trades, retail and office jobs across India.',
    kicker: 'For employers across India',
    heading: 'Hire the right people, in days not weeks.',
    intro: 'AIVIUE brings you candidates who fit the role, the city and the shift — from delivery partners to developers.',
    post: 'Post a job free',
    lookingForJob: 'I am looking for a job',
    howHiring: 'How hiring works',
    steps: { signUp: 'Sign up with your email', paste: 'Paste a job description or answer AIVI’s questions', publish: 'Publish and see matched candidates' },
    why: 'Why AIVIUE',
    reasons: {
      paste: { title: 'Post a job by pasting it', body: 'Paste your job description. AIVI reads it, fills the form and asks only what is missing.' },
      matched: { title: 'Matched, not just listed', body: 'Candidates are matched on role, city and nearby areas, experience, salary and must-haves like a driving licence.' },
      everyone: { title: 'Built for every worker', body: 'Delivery riders, drivers, telecallers, electricians, cooks, nurses and engineers build resumes with a simple chat.' },
      privacy: { title: 'Privacy by design', body: 'Aadhaar and PAN are encrypted and never shown to employers. Candidates own their data.' },
    },
  },
}
export type LandingMessages = typeof landing
export default landing
