import { describe, expect, it } from 'vitest'
import { timelineSteps } from './application-status'
import { answersFromForm, type ApplyQuestion } from './apply-answers'
import { formatInterviewDate, formatInterviewTime, formatIstDateTime, istToday } from './ist-time'

const at = (s: string) => ({ status: s, at: '2026-12-07T04:30:00.000Z' })

describe('timelineSteps', () => {
  it('marks the path up to the current status, the rest to come, and a decision still open', () => {
    const steps = timelineSteps('shortlisted', [at('applied'), at('viewed'), at('shortlisted')])
    expect(steps.map((s) => [s.key, s.state])).toEqual([
      ['applied', 'done'],
      ['viewed', 'done'],
      ['shortlisted', 'current'],
      ['interview', 'upcoming'],
      ['decision', 'upcoming'],
    ])
  })

  it('a step skipped on the way (shortlisted without being opened) counts as passed', () => {
    const steps = timelineSteps('interview', [at('applied'), at('interview')])
    expect(steps.filter((s) => s.state === 'done').map((s) => s.key)).toEqual(['applied', 'viewed', 'shortlisted'])
    expect(steps.find((s) => s.state === 'current')?.key).toBe('interview')
  })

  it('a decision ends the line after what happened', () => {
    const steps = timelineSteps('not_selected', [at('applied'), at('viewed'), at('not_selected')])
    expect(steps.map((s) => [s.key, s.state])).toEqual([
      ['applied', 'done'],
      ['viewed', 'done'],
      ['not_selected', 'current'],
    ])
    expect(timelineSteps('withdrawn', [at('applied'), at('withdrawn')]).map((s) => s.key)).toEqual(['applied', 'withdrawn'])
  })
})

describe('answersFromForm', () => {
  const questions: ApplyQuestion[] = [
    { key: 'has_driving_licence', label: 'Licence?', kind: 'yes_no' },
    { key: 'vehicle_type', label: 'Vehicle?', kind: 'single_select', options: [{ value: 'none', label: 'None' }] },
    { key: 'languages', label: 'Languages?', kind: 'multi_select', options: [{ value: 'Hindi', label: 'Hindi' }] },
    { key: 'shift_ok', label: 'Nights?', kind: 'yes_no' },
  ]

  it('turns the sheet fields into typed answers and leaves out what was not answered', () => {
    const form = new FormData()
    form.append('answer.has_driving_licence', 'no')
    form.append('answer.vehicle_type', 'none')
    form.append('answer.languages', 'Hindi')
    form.append('answer.languages', 'Marathi')
    form.append('answer.unknown', 'x')
    expect(answersFromForm(form, questions)).toEqual({ has_driving_licence: false, vehicle_type: 'none', languages: ['Hindi', 'Marathi'] })
  })

  it('a multi select with nothing ticked is an empty list (the server says whether that is allowed)', () => {
    expect(answersFromForm(new FormData(), questions)).toEqual({ languages: [] })
  })
})

describe('India time, written the same on server and phone', () => {
  it('formats', () => {
    expect(formatIstDateTime('2026-12-07T20:00:00.000Z')).toBe('8 Dec 2026, 01:30')
    expect(formatInterviewDate('2026-12-09')).toBe('Wed, 9 Dec 2026')
    expect(formatInterviewDate('soon')).toBe('soon')
    expect(formatInterviewTime('14:05')).toBe('2:05 pm')
    expect(formatInterviewTime('00:30')).toBe('12:30 am')
    expect(istToday(new Date('2026-12-07T19:00:00.000Z'))).toBe('2026-12-08')
  })
})

describe('India time in Hindi', () => {
  it('names months, days and the part of the day in Hindi, with the same digits', () => {
    expect(formatIstDateTime('2026-12-07T20:00:00.000Z', 'hi')).toBe('8 दिसंबर 2026, 01:30')
    expect(formatInterviewDate('2026-12-09', 'hi')).toBe('बुधवार, 9 दिसंबर 2026')
    expect(formatInterviewTime('14:05', 'hi')).toBe('दोपहर 2:05')
    expect(formatInterviewTime('09:30', 'hi')).toBe('सुबह 9:30')
    expect(formatInterviewTime('20:00', 'hi')).toBe('रात 8:00')
    expect(formatInterviewTime('18:15', 'en')).toBe('6:15 pm')
  })
})
