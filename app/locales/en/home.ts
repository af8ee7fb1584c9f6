/** The candidate's Home (app/routes/_candidate.home.tsx). */
const home = {
  title: 'Home — AIVIUE',
  greeting: 'Namaste, {{name}}',
  resume: {
    heading: 'Your resume',
    none: 'You have no resume yet. Build one with AIVI in a few minutes, or upload your PDF.',
    start: 'Start my resume',
    inProgress: 'Your resume is in progress. Continue where you left off.',
    continue: 'Continue my resume',
    ready: 'Your resume is ready (version {{version}}).',
    view: 'View resume',
    download: 'Download PDF',
  },
  completeness: {
    heading: 'Profile completeness',
    add: 'Add: {{items}}.',
    complete: 'Complete profile',
    done: 'Your profile is complete.',
  },
  jobsForYou: 'Jobs for you',
  exploreMore: 'Explore more jobs',
  empty: {
    title: 'No jobs match your profile yet',
    body: 'New jobs arrive every day. Meanwhile, look through every open job, or widen your job preferences.',
    preferences: 'Update my job preferences',
  },
}
export type HomeMessages = typeof home
export default home
