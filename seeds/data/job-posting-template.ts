import { parseQuestionTemplate, type Question, type QuickPick } from '../../server/chat/question-template'

/**
 * The job-posting bot's template (SPEC §7): what an employer is asked — or what a pasted JD must
 * say — before a job can be published. Keys are job-answer keys (server/jobs/job-answers.ts).
 * Seeded into `question_templates` like the resume templates; bump `version` when it changes.
 *
 * Two rules of the product live here as data:
 * - No fee, ever: "does the candidate pay anything?" must be answered no to publish.
 * - No gender filter: wording like "male only" found in a pasted JD is quoted back, the law is
 *   explained, and the real requirement is asked instead (it never becomes a filter).
 */
export const JOB_POSTING_FAMILY = 'job-posting'

const PAY_PICKS: QuickPick[] = [
  { label: '₹10k – 15k', value: '10000-15000', unit: 'monthly' },
  { label: '₹15k – 20k', value: '15000-20000', unit: 'monthly' },
  { label: '₹20k – 25k', value: '20000-25000', unit: 'monthly' },
  { label: '₹25k – 35k', value: '25000-35000', unit: 'monthly' },
  { label: '₹35k – 50k', value: '35000-50000', unit: 'monthly' },
  { label: '3 – 5 LPA', value: '3-5 LPA', unit: 'lpa' },
  { label: '5 – 8 LPA', value: '5-8 LPA', unit: 'lpa' },
  { label: '8 – 12 LPA', value: '8-12 LPA', unit: 'lpa' },
  { label: '12 – 20 LPA', value: '12-20 LPA', unit: 'lpa' },
]

const LANGUAGES = ['Hindi', 'English', 'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Bengali', 'Gujarati', 'Punjabi', 'Malayalam', 'Odia', 'Urdu']

const QUESTIONS: Question[] = [
  {
    key: 'title',
    label: 'Job title',
    prompt: 'What is the job title? (e.g. Delivery Executive, Telecaller, Electrician)',
    kind: 'text',
    required: true,
    validation: { minLength: 3, maxLength: 150 },
  },
  {
    key: 'role',
    label: 'Role',
    prompt: 'Which of these is closest to the job? It decides who sees it.',
    kind: 'single_select',
    required: true,
    // the options are the roles suggested from the title at run time (see server/jobs/job-bot.ts)
    options: [
      { value: 'delivery-boy', label: 'Delivery Boy' },
      { value: 'telecaller', label: 'Telecaller' },
    ],
  },
  {
    key: 'company_name',
    label: 'Company',
    prompt: 'Which company is hiring?',
    kind: 'text',
    required: true,
    fromProfile: 'companyName',
    confirmPrompt: 'Is the company {value}?',
    validation: { minLength: 2, maxLength: 120 },
  },
  { key: 'city', label: 'City', prompt: 'In which city is the job?', kind: 'city', required: true },
  {
    key: 'locality',
    label: 'Area',
    prompt: 'Which area or locality? (optional — helps nearby candidates find it)',
    kind: 'text',
    required: false,
    validation: { maxLength: 80 },
  },
  {
    key: 'work_mode',
    label: 'Work mode',
    prompt: 'Where is the work done?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'onsite', label: 'At the workplace' },
      { value: 'hybrid', label: 'Hybrid' },
      { value: 'remote', label: 'From home' },
    ],
  },
  {
    key: 'employment_type',
    label: 'Job type',
    prompt: 'Full time or part time?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'full_time', label: 'Full time' },
      { value: 'part_time', label: 'Part time' },
      { value: 'contract', label: 'Contract' },
      { value: 'internship', label: 'Internship' },
    ],
  },
  {
    key: 'shift',
    label: 'Shift',
    prompt: 'Which shift?',
    kind: 'single_select',
    required: false,
    options: [
      { value: 'day', label: 'Day' },
      { value: 'night', label: 'Night' },
      { value: 'rotational', label: 'Rotational' },
    ],
  },
  {
    key: 'salary_range',
    label: 'Fixed pay',
    prompt: 'What is the fixed monthly pay? Give a range like 15000-20000 (incentives come next).',
    kind: 'salary_range',
    required: true,
    salaryUnit: 'monthly',
    quickPicks: PAY_PICKS,
    validation: { min: 1000, max: 10_000_000 },
  },
  {
    key: 'incentive_monthly',
    label: 'Average incentive',
    prompt: 'Is there an incentive on top? Roughly how much does a good worker earn extra per month? (skip if none)',
    kind: 'salary',
    required: false,
    salaryUnit: 'monthly',
    quickPicks: [
      { label: '₹2k', value: '2000', unit: 'monthly' },
      { label: '₹5k', value: '5000', unit: 'monthly' },
      { label: '₹10k', value: '10000', unit: 'monthly' },
    ],
    validation: { min: 100, max: 1_000_000 },
  },
  {
    key: 'experience_range',
    label: 'Experience',
    prompt: 'How much experience do you need? (e.g. “fresher”, “1-3 years”, “any experience”)',
    kind: 'experience_range',
    required: true,
  },
  {
    key: 'education',
    label: 'Education',
    prompt: 'Minimum education needed?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'none', label: 'No education needed' },
      { value: '10th', label: '10th pass' },
      { value: '12th', label: '12th pass' },
      { value: 'iti', label: 'ITI' },
      { value: 'diploma', label: 'Diploma' },
      { value: 'graduate', label: 'Graduate' },
      { value: 'postgraduate', label: 'Post-graduate' },
    ],
  },
  {
    key: 'skills',
    label: 'Skills',
    prompt: 'Which skills should candidates have? Pick or type your own. (optional)',
    kind: 'multi_select',
    required: false,
    suggestionsFromRole: true,
    allowCustom: true,
    itemNoun: { one: 'skill', other: 'skills' },
    validation: { maxItems: 30, maxLength: 60 },
  },
  {
    key: 'openings',
    label: 'Openings',
    prompt: 'How many people do you want to hire?',
    kind: 'number',
    required: true,
    validation: { min: 1, max: 1000, integer: true, example: '5' },
  },
  {
    key: 'requires_driving_licence',
    label: 'Driving licence needed',
    prompt: 'Does the candidate need a driving licence?',
    kind: 'yes_no',
    required: true,
  },
  {
    key: 'licence_types',
    label: 'Licence type',
    prompt: 'Which licence?',
    kind: 'multi_select',
    required: true,
    when: { key: 'requires_driving_licence', equals: true },
    options: [
      { value: 'two_wheeler', label: 'Two-wheeler' },
      { value: 'lmv', label: 'Car (LMV)' },
      { value: 'hmv', label: 'Heavy vehicle (HMV)' },
      { value: 'transport', label: 'Transport / commercial' },
    ],
    itemNoun: { one: 'licence', other: 'licences' },
    validation: { minItems: 1 },
  },
  {
    key: 'vehicle_required',
    label: 'Own vehicle',
    prompt: 'Must the candidate have their own vehicle?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'none', label: 'No vehicle needed' },
      { value: 'two_wheeler', label: 'Own two-wheeler' },
      { value: 'four_wheeler', label: 'Own four-wheeler' },
    ],
  },
  {
    key: 'languages',
    label: 'Languages',
    prompt: 'Which languages must the candidate speak? (optional)',
    kind: 'multi_select',
    required: false,
    options: LANGUAGES.map((l) => ({ value: l, label: l })),
    allowCustom: true,
    itemNoun: { one: 'language', other: 'languages' },
    validation: { maxItems: 10 },
  },
  {
    key: 'requires_smartphone',
    label: 'Smartphone needed',
    prompt: 'Does the candidate need a smartphone (for an app, maps or UPI)?',
    kind: 'yes_no',
    required: false,
  },
  {
    key: 'real_requirement',
    label: 'What the job needs',
    prompt: 'What does the job really need from the person? (e.g. night shifts, lifting 25 kg, travel)',
    promptIf: {
      when: { key: 'gender_wording', answered: true },
      prompt:
        'Your description says “{gender_wording}”. Indian law (Code on Wages 2019, s.3) does not allow hiring by gender, so AIVIUE never filters candidates by it. What does the job really need — night shifts, lifting heavy loads, travel? I’ll add that to the requirements instead.',
    },
    kind: 'text',
    // asked (and needed) only when a pasted JD named a gender
    required: true,
    when: { key: 'gender_wording', answered: true },
    validation: { minLength: 3, maxLength: 300 },
  },
  {
    key: 'fee_charged',
    label: 'Fee from candidates',
    prompt: 'Does the candidate pay anything to get this job — registration, training, deposit, uniform?',
    promptIf: {
      when: { key: 'fee_wording', answered: true },
      prompt: 'Your description mentions “{fee_wording}”. Does the candidate pay anything to get this job — registration, training, deposit, uniform?',
    },
    kind: 'yes_no',
    required: true,
    validation: {
      refuseYes:
        'AIVIUE jobs never charge candidates anything, so a job with a fee cannot be published. Remove the fee (and say so in the description), then answer No.',
    },
  },
  {
    key: 'interview_mode',
    label: 'Interview',
    prompt: 'How will you interview candidates?',
    kind: 'single_select',
    required: true,
    options: [
      { value: 'walk_in', label: 'Walk-in at an address' },
      { value: 'phone', label: 'Phone call' },
      { value: 'video', label: 'Video call' },
    ],
  },
  {
    key: 'interview_address',
    label: 'Interview address',
    prompt: 'Where should candidates come for the interview? (full address)',
    kind: 'text',
    required: true,
    when: { key: 'interview_mode', equals: 'walk_in' },
    validation: { minLength: 10, maxLength: 300 },
  },
  {
    key: 'interview_hours',
    label: 'Interview timings',
    prompt: 'On which days and times? (e.g. Mon–Sat, 10 am – 4 pm)',
    kind: 'text',
    required: false,
    when: { key: 'interview_mode', equals: 'walk_in' },
    validation: { maxLength: 120 },
  },
  {
    key: 'description',
    label: 'Description',
    prompt: 'Describe the work in a few lines — or tap “Write it for me” and I’ll draft it from your answers.',
    kind: 'text',
    required: false,
    draftable: true,
    validation: { minLength: 20, maxLength: 8000 },
  },
]

export const JOB_POSTING_TEMPLATE = parseQuestionTemplate({ family: JOB_POSTING_FAMILY, version: 1, bot: 'job', questions: QUESTIONS })
