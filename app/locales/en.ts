import profile from './en/profile'
import chat from './en/chat'
import shell from './en/shell'
import home from './en/home'
import jobs from './en/jobs'
import landing from './en/landing'
import applications from './en/applications'
import apply from './en/apply'
import notifications from './en/notifications'
import resume from './en/resume'
import ui from './en/ui'

/**
 * English: the reference message file. Every other language has exactly these keys (its type is
 * `Messages`, and app/locales/locales.test.ts checks the {{placeholders}} match too).
 */
const en = {
  common: {
    language: { label: 'Language', switchTo: 'Switch to {{name}}' },
    skipToContent: 'Skip to content',
    error: {
      notFound: 'We could not find that page.',
      generic: 'Something went wrong. Please try again.',
      goHome: 'Go home',
    },
    footer: {
      about: 'Jobs for every skill, in every Indian city. Build your resume in minutes with AIVI.',
      candidates: 'Candidates',
      findJobs: 'Find jobs',
      employers: 'Employers',
      hire: 'Hire with AIVIUE',
      madeIn: '© {{year}} AIVIUE. Made in India.',
    },
    nav: { login: 'Login', signUp: 'Sign Up', forEmployers: 'For Employers', forCandidates: 'For Candidates', main: 'Main' },
  },
  auth: {
    login: {
      title: 'Log in — AIVIUE',
      heading: 'Welcome back',
      subtitle: 'Log in with your mobile number.',
      mobile: 'Mobile number',
      submit: 'Log in',
      busy: 'Logging in…',
      newHere: 'New to AIVIUE?',
      createAccount: 'Create an account',
      signUp: 'Sign up',
    },
    signup: {
      title: 'Sign up — AIVIUE',
      heading: 'Create your account',
      subtitle: 'Just your mobile number and name. No password needed.',
      mobile: 'Mobile number',
      mobileHint: 'Indian mobile number. It is your login and cannot be changed later.',
      fullName: 'Full name',
      fullNamePlaceholder: 'e.g. Ravi Kumar',
      submit: 'Sign up',
      busy: 'Creating your account…',
      already: 'Already registered?',
      logIn: 'Log in',
    },
  },
  profile,
  chat,
  format: {
    salaryHidden: 'Salary not disclosed',
    perMonth: '{{amount}} /month',
    freshers: 'Freshers',
    anyExperience: 'Any experience',
    yearsPlus: '{{years}}+ yrs',
    yearsRange: '{{from}}–{{to}} yrs',
    postedJustNow: 'Posted just now',
    postedAgo: 'Posted {{distance}} ago',
    workMode: { onsite: 'On-site', remote: 'Remote', hybrid: 'Hybrid' },
    employment: { full_time: 'Full-time', part_time: 'Part-time', contract: 'Contract', internship: 'Internship' },
  },
  applications,
  apply,
  notifications,
  resume,
  ui,
  /** the server's English sentences → this language (app/i18n/server-messages.ts); English needs none */
  serverMessages: {} as Record<string, string>,
  shell,
  home,
  jobs,
  landing,
}

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
/** the shape every language's message file has */
export type Messages = Strings<typeof en>

export const selfName = 'English'
export default en satisfies Messages
