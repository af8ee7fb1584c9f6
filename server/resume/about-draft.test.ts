import { describe, expect, it } from 'vitest'
import { draftAbout } from './about-draft'
import { answersSchema, type Answers } from './resume-answers'

const RIDER: Answers = {
  experience_months: 38,
  work_history: [
    { company: 'Zomato', title: 'Delivery Partner', start: '2019-06', end: '2021-02' },
    { company: 'Swiggy', title: 'Delivery Executive', start: '2021-03', end: 'present' },
  ],
  has_driving_licence: true,
  licence_type: ['two_wheeler'],
  owns_vehicle: true,
  vehicle_type: 'two_wheeler',
  languages: ['Hindi', 'Marathi'],
  current_location: 'Pune',
}

const DEV: Answers = {
  experience_months: 30,
  work_history: [{ company: 'Flipkart', title: 'Software Engineer', start: '2023-01', end: 'present' }],
  skills: ['React', 'Node.js', 'TypeScript', 'PostgreSQL'],
  education: [{ degree: 'B.Tech Computer Science', institution: 'VIT Vellore', year: 2021 }],
}

const sentences = (s: string) => s.split(/(?<=\.)\s+(?=[A-Z])/)

describe('draftAbout: blue collar', () => {
  it('writes 3 concrete sentences from the answers', () => {
    expect(draftAbout(RIDER, { roleName: 'Delivery Boy', jobType: 'blue_collar' })).toBe(
      'I live in Pune and am looking for work as a Delivery Boy. ' +
        'I have 3 years 2 months of work experience, most recently as Delivery Executive at Swiggy. ' +
        'I have a driving licence (two-wheeler) and my own two-wheeler, and I speak Hindi and Marathi.',
    )
  })

  it('handles a fresher without a licence', () => {
    const text = draftAbout({ experience_months: 0, highest_education: '10th', has_driving_licence: false, owns_vehicle: false, languages: ['Tamil'] }, {
      roleName: 'Electrician',
      jobType: 'blue_collar',
      city: 'Chennai',
    })
    expect(text).toBe('I live in Chennai and am looking for work as an Electrician. I am a fresher and have passed 10th. I speak Tamil.')
    expect(text).not.toMatch(/licence|vehicle/)
  })

  it('a self-employed job answered in the chat names no employer', () => {
    const text = draftAbout(
      { experience_months: 30, work_history: [{ company: 'Self-employed', title: 'Tailor', start: null, end: null, months: 30 }] },
      { roleName: 'Tailor', jobType: 'blue_collar' },
    )
    expect(text).toBe('I am looking for work as a Tailor. I have 2 years 6 months of work experience, most recently as Tailor (self-employed).')
  })

  it('names licence classes in the sentence', () => {
    expect(draftAbout({ has_driving_licence: true, licence_type: ['two_wheeler', 'lmv'], owns_vehicle: false }, { roleName: 'Driver', jobType: 'blue_collar' })).toBe(
      'I am looking for work as a Driver. I have a driving licence (two-wheeler and LMV).',
    )
  })

  it('says only the role when nothing else is known', () => {
    expect(draftAbout({}, { roleName: 'Security Guard', jobType: 'blue_collar' })).toBe('I am looking for work as a Security Guard.')
  })
})

describe('draftAbout: white collar', () => {
  it('leads with experience, then skills and education', () => {
    const text = draftAbout(DEV, { roleName: 'Software Developer', jobType: 'white_collar', city: 'Bengaluru' })
    expect(text).toBe(
      'I have 2 years 6 months of experience, most recently as Software Engineer at Flipkart, and I am looking for a Software Developer role in Bengaluru. ' +
        'My key skills are React, Node.js, TypeScript and PostgreSQL. ' +
        'I studied B.Tech Computer Science at VIT Vellore (2021).',
    )
  })

  it('phrases a fresher differently and falls back to certifications', () => {
    expect(draftAbout({ experience_months: 0, certifications: ['Tally ERP 9'] }, { roleName: 'Accountant', jobType: 'white_collar' })).toBe(
      'I am a fresher looking for an Accountant role. My certifications include Tally ERP 9.',
    )
  })

  it('uses the singular for one skill', () => {
    expect(draftAbout({ skills: ['Excel'] }, { roleName: 'Data Entry Operator', jobType: 'white_collar' })).toBe(
      'I am looking for a Data Entry Operator role. My key skill is Excel.',
    )
  })

  it('differs from the blue-collar phrasing for the same answers', () => {
    const profile = { roleName: 'Telecaller', city: 'Noida' }
    expect(draftAbout(RIDER, { ...profile, jobType: 'white_collar' })).not.toBe(draftAbout(RIDER, { ...profile, jobType: 'blue_collar' }))
  })
})

describe('draftAbout: no invented facts', () => {
  const FULL: Answers = { ...RIDER, ...DEV, certifications: ['Forklift operation'], highest_education: 'graduate' }

  it.each(['blue_collar', 'white_collar'] as const)('%s: every capitalised word comes from the input', (jobType) => {
    const text = draftAbout(FULL, { roleName: 'Warehouse Supervisor', jobType, city: 'Pune' })
    const source = JSON.stringify(FULL) + ' Warehouse Supervisor Pune'
    const words = (text.match(/\b[A-Z][\w.]+/g) ?? []).map((w) => w.replace(/\.$/, ''))
    for (const word of words.filter((w) => !['I', 'My'].includes(w))) expect(source).toContain(word)
    expect(sentences(text).length).toBeGreaterThanOrEqual(2)
    expect(sentences(text).length).toBeLessThanOrEqual(3)
  })

  it('stays a valid `about` answer', () => {
    const text = draftAbout(FULL, { roleName: 'Warehouse Supervisor', jobType: 'white_collar' })
    expect(answersSchema.parse({ about: text }).about).toBe(text)
  })

  it('returns an empty string when there is nothing at all', () => {
    expect(draftAbout({}, { roleName: '  ', jobType: 'white_collar' })).toBe('')
  })
})
