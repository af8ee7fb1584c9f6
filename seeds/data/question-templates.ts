import { parseQuestionTemplate, type FileSpec, type Question, type QuestionTemplate, type QuickPick } from '../../server/chat/question-template'
import { TEMPLATE_FAMILIES, type TemplateFamily } from './roles'
import { translationsFor } from './template-translations'

/**
 * The AIVI bot's question templates (SPEC §4), one per role family, composed
 * from shared blocks. Keys are resume-answer keys (server/resume/resume-answers.ts).
 * Seeded into `question_templates` as JSON; bump `version` when a template changes
 * so conversations in progress keep the version they started with.
 *
 * Order matters: the bot asks the first unanswered question whose condition
 * holds, and a condition may only look at earlier questions.
 */

// ── shared blocks ───────────────────────────────────────────────────────────

const LANGUAGES = ['Hindi', 'English', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Bengali', 'Gujarati', 'Punjabi', 'Malayalam', 'Odia', 'Urdu', 'Assamese', 'Bhojpuri', 'Konkani']
const LANGUAGE_ALIASES = { bangla: 'Bengali', oriya: 'Odia', angrezi: 'English', hindustani: 'Hindi', kannad: 'Kannada', tamizh: 'Tamil' }

const FILE_LIMITS: FileSpec = { accept: ['image/png', 'image/jpeg', 'application/pdf'], maxBytes: 2_000_000 }

/** Both sets are listed; the role's job type decides which the candidate sees (and the unit typed numbers are read in). */
const SALARY_PICKS: QuickPick[] = [
  { label: '₹8k – 12k', value: '8000-12000', unit: 'monthly' },
  { label: '₹12k – 15k', value: '12000-15000', unit: 'monthly' },
  { label: '₹15k – 20k', value: '15000-20000', unit: 'monthly' },
  { label: '₹20k – 25k', value: '20000-25000', unit: 'monthly' },
  { label: '₹25k – 35k', value: '25000-35000', unit: 'monthly' },
  { label: '₹35k +', value: '35000', unit: 'monthly' },
  { label: '2 – 3 LPA', value: '2-3 LPA', unit: 'lpa' },
  { label: '3 – 5 LPA', value: '3-5 LPA', unit: 'lpa' },
  { label: '5 – 8 LPA', value: '5-8 LPA', unit: 'lpa' },
  { label: '8 – 12 LPA', value: '8-12 LPA', unit: 'lpa' },
  { label: '12 – 18 LPA', value: '12-18 LPA', unit: 'lpa' },
  { label: '18 LPA +', value: '18 LPA', unit: 'lpa' },
]

const fullName: Question = {
  key: 'full_name',
  label: 'Full name',
  prompt: 'What is your full name, as it should appear on your resume?',
  kind: 'text',
  required: true,
  fromProfile: 'name',
  validation: { minLength: 2, maxLength: 80, pattern: "^[\\p{L}\\p{M} .'-]+$", patternMessage: 'Please use letters only, e.g. Ravi Kumar' },
}

const dateOfBirth: Question = {
  key: 'date_of_birth',
  label: 'Date of birth',
  prompt: 'What is your date of birth? (dd-mm-yyyy)',
  kind: 'date',
  required: true,
  fromProfile: 'dateOfBirth',
  validation: { minAgeYears: 18, maxAgeYears: 70, example: '12-03-1999' },
}

const currentLocation: Question = {
  key: 'current_location',
  label: 'Current city',
  prompt: 'Which city or town do you live in now?',
  kind: 'city',
  required: true,
  fromProfile: 'currentCity',
  confirmPrompt: 'You live in {value} — is that right?',
}

function languages(minItems: number): Question {
  return {
    key: 'languages',
    label: 'Languages',
    prompt: minItems >= 2 ? `Which languages can you speak well? Pick at least ${minItems}.` : 'Which languages can you speak?',
    kind: 'multi_select',
    required: true,
    fromProfile: 'languages',
    confirmPrompt: 'You speak {value} — is that right?',
    suggestions: LANGUAGES,
    aliases: LANGUAGE_ALIASES,
    allowCustom: true,
    itemNoun: { one: 'language', other: 'languages' },
    validation: { minItems, maxItems: 10, maxLength: 40 },
  }
}

/**
 * Education entries (docs/decisions/009): required for the white-collar families — at least one
 * entry, no "no formal education" answer, since every role in them asks for a qualification —
 * optional where a family mixes collars and the candidate has passed 12th or more.
 */
function educationEntries(required: boolean): Question {
  return {
    key: 'education',
    label: 'Education',
    prompt: required
      ? 'Add your education, highest first.'
      : 'Want to add your education? (optional)',
    kind: 'entries',
    entry: 'education',
    required,
    ...(required ? {} : { when: { key: 'highest_education', in: ['12th', 'iti', 'diploma', 'graduate', 'post_graduate'] } }),
    validation: { ...(required ? { minItems: 1 } : {}), maxItems: 6 },
  }
}

/**
 * Work entries, then the total (docs/decisions/009): the total is offered as the union of the
 * entries' periods and the candidate sends it or corrects it; the answered total is what the
 * resume shows and matching uses. "Fresher" / "No previous work" answer an empty list.
 */
function workAndExperience(collar: 'white' | 'blue'): Question[] {
  const white = collar === 'white'
  return [
    {
      key: 'work_history',
      label: white ? 'Work experience' : 'Previous work',
      prompt: white
        ? 'Where have you worked? Add each job, or tap “Fresher”.'
        : 'Where did you work before? Add each job, or tap “No previous work”.',
      kind: 'entries',
      entry: 'work',
      required: false,
      noneLabel: white ? 'Fresher' : 'No previous work',
      validation: { maxItems: 8 },
    },
    {
      key: 'experience_months',
      label: 'Total experience',
      prompt: 'How much work experience do you have in total? For example “2 years”, “6 months” or “fresher”.',
      kind: 'text',
      parseAs: 'duration_months',
      prefillFrom: 'work_history',
      required: true,
      validation: { example: '2 years' },
    },
  ]
}
const blueExperience = workAndExperience('blue')
const whiteExperience = workAndExperience('white')

const expectedSalary: Question = {
  key: 'expected_salary_monthly',
  label: 'Expected salary',
  prompt: 'What salary do you expect? Pick a range or type your own.',
  // a range stays a range (₹20k – 25k is 20 000 – 25 000); matching reads its lower bound
  kind: 'salary_range',
  required: true,
  quickPicks: SALARY_PICKS,
  validation: { saneForJobType: true },
}

const about: Question = {
  key: 'about',
  label: 'About me',
  prompt: 'Write a few lines about yourself — or tap “Write it for me” and I will draft it from your answers.',
  kind: 'text',
  required: false,
  draftable: true,
  // Profile → About is the one stored About (decision 010): confirmed when there is one, not asked again
  fromProfile: 'about',
  confirmPrompt: 'Your profile says: “{value}” — use this on your resume?',
  // what server/resume/about-draft.ts writes from: a change to one of these asks for the text to be checked again
  draftFrom: [
    'current_location', 'experience_months', 'highest_education', 'languages', 'skills', 'has_driving_licence', 'licence_type',
    'owns_vehicle', 'vehicle_type', 'education', 'work_history',
  ],
  validation: { maxLength: 1000 },
}

const highestEducation: Question = {
  key: 'highest_education',
  label: 'Highest education',
  prompt: 'What is your highest education?',
  kind: 'single_select',
  required: true,
  options: [
    { value: 'below_10th', label: 'Below 10th' },
    { value: '10th', label: '10th pass' },
    { value: '12th', label: '12th pass' },
    { value: 'iti', label: 'ITI' },
    { value: 'diploma', label: 'Diploma' },
    { value: 'graduate', label: 'Graduate (BA, BCom, BSc, BTech…)' },
    { value: 'post_graduate', label: 'Post graduate (MA, MBA, MSc, MTech…)' },
  ],
}

function skills(required: boolean, extra: string[] = [], prompt = 'What are your skills? Pick from the list or add your own.'): Question {
  return {
    key: 'skills',
    label: 'Skills',
    prompt,
    kind: 'multi_select',
    required,
    suggestionsFromRole: true,
    ...(extra.length > 0 ? { suggestions: extra } : {}),
    allowCustom: true,
    itemNoun: { one: 'skill', other: 'skills' },
    validation: { ...(required ? { minItems: 1 } : {}), maxItems: 30, maxLength: 60 },
  }
}

const shiftPreference: Question = {
  key: 'shift_preference',
  label: 'Shift',
  prompt: 'Which shift suits you?',
  kind: 'single_select',
  required: true,
  options: [
    { value: 'day', label: 'Day shift' },
    { value: 'night', label: 'Night shift' },
    { value: 'rotational', label: 'Rotational shifts' },
    { value: 'any', label: 'Any shift' },
  ],
}

const hasLicence = { key: 'has_driving_licence', equals: true } as const

/** licence yes → upload → type; own vehicle → which one (driving, delivery, field sales) */
function licenceAndVehicle(vehiclePrompt: string): Question[] {
  return [
    { key: 'has_driving_licence', label: 'Driving licence', prompt: 'Do you have a valid driving licence?', kind: 'yes_no', required: true },
    {
      key: 'driving_licence_file',
      label: 'Licence copy',
      prompt: 'Please upload a photo or PDF of your driving licence (PNG, JPG or PDF, up to 2 MB).',
      kind: 'file',
      required: true,
      when: hasLicence,
      file: FILE_LIMITS,
    },
    {
      key: 'licence_type',
      label: 'Licence type',
      prompt: 'Which vehicles does your licence cover?',
      kind: 'multi_select',
      required: true,
      when: hasLicence,
      options: [
        { value: 'two_wheeler', label: 'Two-wheeler (bike / scooter)' },
        { value: 'lmv', label: 'Car / LMV' },
        { value: 'hmv', label: 'Heavy vehicle / HMV' },
        { value: 'transport', label: 'Transport / commercial' },
      ],
      itemNoun: { one: 'licence type', other: 'licence types' },
      validation: { minItems: 1, maxItems: 4 },
    },
    { key: 'owns_vehicle', label: 'Own vehicle', prompt: vehiclePrompt, kind: 'yes_no', required: true },
    {
      key: 'vehicle_type',
      label: 'Vehicle',
      prompt: 'Which vehicle do you have?',
      // a two-wheeler-only licence: say so before a car is offered without comment
      promptIf: {
        when: {
          all: [
            { key: 'has_driving_licence', equals: true },
            { not: { any: [{ key: 'licence_type', includes: 'lmv' }, { key: 'licence_type', includes: 'hmv' }, { key: 'licence_type', includes: 'transport' }] } },
          ],
        },
        prompt: 'Which vehicle do you have? Your licence covers two-wheelers only — to drive a car for work you would need an LMV licence.',
      },
      kind: 'single_select',
      required: true,
      when: { key: 'owns_vehicle', equals: true },
      options: [
        { value: 'two_wheeler', label: 'Two-wheeler (bike / scooter)' },
        { value: 'four_wheeler', label: 'Four-wheeler (car)' },
      ],
    },
  ]
}

function certificate(hasPrompt: string, namePrompt: string, flag: 'has_certification' | 'iti_certified' = 'has_certification'): Question[] {
  return [
    { key: flag, label: flag === 'iti_certified' ? 'ITI / trade certificate' : 'Certificate', prompt: hasPrompt, kind: 'yes_no', required: true },
    {
      key: 'certification_name',
      label: 'Certificate name',
      prompt: namePrompt,
      kind: 'text',
      required: true,
      when: { key: flag, equals: true },
      validation: { minLength: 2, maxLength: 120 },
    },
  ]
}

const hasExperience = { key: 'experience_months', gt: 0 } as const

const noticePeriod: Question = {
  key: 'notice_period',
  label: 'Notice period',
  prompt: 'How soon can you join a new job?',
  kind: 'single_select',
  required: true,
  when: hasExperience,
  options: [
    { value: 'immediate', label: 'Immediately' },
    { value: '15_days', label: 'In 15 days' },
    { value: '30_days', label: 'In 30 days' },
    { value: '60_days', label: 'In 60 days' },
    { value: '90_days', label: 'In 90 days' },
  ],
}

function workMode(labels: { onsite: string; remote: string; hybrid: string } = { onsite: 'At the office', remote: 'Work from home', hybrid: 'Hybrid' }): Question {
  return {
    key: 'preferred_work_mode',
    label: 'Work mode',
    prompt: 'How would you like to work?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'onsite', label: labels.onsite },
      { value: 'remote', label: labels.remote },
      { value: 'hybrid', label: labels.hybrid },
    ],
  }
}

function link(key: 'github_url' | 'linkedin_url' | 'portfolio_url', label: string, prompt: string, example: string, hosts?: string[]): Question {
  return {
    key,
    label,
    prompt,
    kind: 'text',
    required: false,
    validation: { format: 'url', example, maxLength: 300, ...(hosts ? { hosts } : {}) },
  }
}

const github = link('github_url', 'GitHub', 'Your GitHub profile link? (optional)', 'github.com/yourname', ['github.com'])
const linkedin = link('linkedin_url', 'LinkedIn', 'Your LinkedIn profile link? (optional)', 'linkedin.com/in/yourname', ['linkedin.com'])
const portfolio = link('portfolio_url', 'Portfolio', 'A link to your portfolio or past work? (optional)', 'behance.net/yourname')

const willingToRelocate: Question = {
  key: 'willing_to_relocate',
  label: 'Ready to relocate',
  prompt: 'Are you ready to move to another place for work?',
  kind: 'yes_no',
  required: true,
}

const ownTools = (prompt: string): Question => ({ key: 'own_tools', label: 'Own tools', prompt, kind: 'yes_no', required: true })

/** name, date of birth, city, languages */
const basics = (minLanguages = 1): Question[] => [fullName, dateOfBirth, currentLocation, languages(minLanguages)]

// ── families ────────────────────────────────────────────────────────────────

const QUESTIONS: Record<TemplateFamily, Question[]> = {
  // Eligibility first for driving work: licence and vehicle decide the job.
  driving: [fullName, ...licenceAndVehicle('Do you have your own vehicle?'), dateOfBirth, currentLocation, languages(1), ...blueExperience, expectedSalary, about],
  delivery: [
    fullName,
    ...licenceAndVehicle('Do you have your own bike or scooter (or other vehicle) for deliveries?'),
    { key: 'has_smartphone', label: 'Smartphone', prompt: 'Do you have an Android smartphone with internet? Delivery apps need one.', kind: 'yes_no', required: true },
    dateOfBirth,
    currentLocation,
    languages(1),
    ...blueExperience,
    shiftPreference,
    expectedSalary,
    about,
  ],
  telecalling: [
    ...basics(2),
    {
      key: 'process_type',
      label: 'Process',
      prompt: 'Which kind of work do you prefer?',
      kind: 'single_select',
      required: true,
      options: [
        { value: 'voice', label: 'Voice (calls)' },
        { value: 'non_voice', label: 'Non-voice (chat / e-mail)' },
      ],
    },
    shiftPreference,
    highestEducation, educationEntries(false),
    ...blueExperience,
    expectedSalary,
    about,
  ],
  'skilled-trades': [
    ...basics(),
    ...certificate('Do you have an ITI or other trade certificate?', 'Which certificate? For example “ITI Electrician” or “NCVT Welder”.', 'iti_certified'),
    ...blueExperience,
    {
      key: 'trade_experience_months',
      label: 'Experience in the trade',
      prompt: 'How much of that experience is in your trade ({role})?',
      kind: 'text',
      parseAs: 'duration_months',
      required: true,
      when: hasExperience,
      validation: { example: '3 years' },
    },
    skills(false, [], 'What work can you do? Pick from the list or add your own.'),
    ownTools('Do you have your own tools?'),
    expectedSalary,
    about,
  ],
  hospitality: [...basics(), skills(false, [], 'What can you do? Pick from the list or add your own.'), ...blueExperience, shiftPreference, expectedSalary, about],
  healthcare: [
    ...basics(),
    highestEducation, educationEntries(false),
    ...certificate('Do you have a medical qualification or certificate (for example GNM, ANM, DMLT, B.Pharm)?', 'Which qualification or certificate?'),
    skills(false),
    ...blueExperience,
    shiftPreference,
    expectedSalary,
    about,
  ],
  retail: [...basics(), highestEducation, skills(false), ...blueExperience, shiftPreference, expectedSalary, about],
  'security-housekeeping': [...basics(), skills(false, [], 'What work can you do? Pick from the list or add your own.'), ...blueExperience, shiftPreference, expectedSalary, about],
  office: [...basics(), highestEducation, educationEntries(true), skills(true, ['MS Excel', 'MS Word', 'Typing', 'E-mail writing']), ...whiteExperience, noticePeriod, workMode(), linkedin, expectedSalary, about],
  software: [
    ...basics(),
    highestEducation, educationEntries(true),
    skills(true, ['JavaScript', 'TypeScript', 'React', 'Node.js', 'Python', 'Java', 'SQL', 'Git'], 'Which technologies do you work with? Pick from the list or add your own.'),
    ...whiteExperience,
    noticePeriod,
    workMode(),
    github,
    linkedin,
    portfolio,
    expectedSalary,
    about,
  ],
  design: [...basics(), highestEducation, educationEntries(true), skills(true, ['Figma', 'Photoshop', 'Illustrator', 'Canva']), ...whiteExperience, noticePeriod, workMode(), portfolio, linkedin, expectedSalary, about],
  finance: [
    ...basics(),
    highestEducation, educationEntries(true),
    skills(true, ['Tally', 'GST', 'MS Excel', 'TDS']),
    ...certificate('Do you have a professional qualification (for example CA, CMA, ACCA or a Tally certificate)?', 'Which qualification?'),
    ...whiteExperience,
    noticePeriod,
    workMode(),
    linkedin,
    expectedSalary,
    about,
  ],
  // Field sales needs a licence and a vehicle; desk sales roles answer "no" and move on.
  sales: [...basics(), highestEducation, educationEntries(false), ...licenceAndVehicle('Do you have your own vehicle for field visits?'), skills(false), ...blueExperience, expectedSalary, about],
  teaching: [
    ...basics(),
    highestEducation, educationEntries(true),
    {
      key: 'subjects',
      label: 'Subjects',
      prompt: 'Which subjects can you teach?',
      kind: 'multi_select',
      required: true,
      suggestions: ['Maths', 'Science', 'English', 'Hindi', 'Social Studies', 'Computer Science', 'Physics', 'Chemistry', 'Biology', 'Accounts', 'Economics'],
      allowCustom: true,
      itemNoun: { one: 'subject', other: 'subjects' },
      validation: { minItems: 1, maxItems: 15, maxLength: 60 },
    },
    {
      key: 'teaching_levels',
      label: 'Classes',
      prompt: 'Which classes can you teach?',
      kind: 'multi_select',
      required: true,
      options: [
        { value: 'pre_primary', label: 'Pre-primary (nursery – KG)' },
        { value: 'primary', label: 'Primary (1 – 5)' },
        { value: 'middle', label: 'Middle (6 – 8)' },
        { value: 'secondary', label: 'Secondary (9 – 10)' },
        { value: 'senior_secondary', label: 'Senior secondary (11 – 12)' },
        { value: 'college', label: 'College' },
        { value: 'competitive_exams', label: 'Competitive exams' },
      ],
      itemNoun: { one: 'level', other: 'levels' },
      validation: { minItems: 1 },
    },
    ...certificate('Do you have a teaching qualification (for example B.Ed, D.El.Ed or CTET)?', 'Which qualification?'),
    ...whiteExperience,
    workMode({ onsite: 'In person (school / centre)', remote: 'Online', hybrid: 'Both' }),
    expectedSalary,
    about,
  ],
  agriculture: [...basics(), highestEducation, skills(false, [], 'What farm work can you do? Pick from the list or add your own.'), ...blueExperience, willingToRelocate, expectedSalary, about],
  beauty: [
    ...basics(),
    skills(true, [], 'Which services can you do? Pick from the list or add your own.'),
    ...certificate('Do you have a beauty or wellness course certificate?', 'Which course or certificate?'),
    ...blueExperience,
    ownTools('Do you have your own kit and tools?'),
    expectedSalary,
    about,
  ],
}

/**
 * A template's version goes up whenever its questions change (seeding never overwrites a stored
 * version; conversations in progress keep theirs). Every family 2: About names what its draft is written from
 * (draftFrom); driving, delivery, sales 3: and the vehicle question names a two-wheeler-only licence.
 * Every family +1 (3; driving, delivery, sales 4): work entries before the total experience, and
 * education entries (docs/decisions/009). Then every family +1 (4; driving, delivery, sales 5):
 * expected salary is a range, checked against the job type's usual pay (docs/decisions/010).
 */
const VERSIONS: Partial<Record<TemplateFamily, number>> = Object.fromEntries(TEMPLATE_FAMILIES.map((f) => [f, ['driving', 'delivery', 'sales'].includes(f) ? 5 : 4]))

/** Validated at load: a broken template fails seeding loudly instead of confusing a candidate. */
export const QUESTION_TEMPLATES: readonly QuestionTemplate[] = TEMPLATE_FAMILIES.map((family) =>
  // the words in other languages travel beside the questions (docs/decisions/016): no version bump
  parseQuestionTemplate({ family, version: VERSIONS[family] ?? 1, questions: QUESTIONS[family], translations: translationsFor(QUESTIONS[family]) }),
)

export const QUESTION_TEMPLATE_BY_FAMILY: ReadonlyMap<TemplateFamily, QuestionTemplate> = new Map(
  TEMPLATE_FAMILIES.map((family, i) => [family, QUESTION_TEMPLATES[i] as QuestionTemplate]),
)
