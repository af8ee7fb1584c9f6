import { describe, expect, it } from 'vitest'
import {
  extractAbout,
  extractCertifications,
  extractDateOfBirth,
  extractGender,
  extractLanguages,
  extractLicenceAndVehicle,
  languagesIn,
} from './personal'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

describe('extractDateOfBirth', () => {
  it('reads labelled and unlabelled dates of birth', () => {
    expect(extractDateOfBirth(docFromLines(['Name', 'Date of Birth : - 24th April 1996']))?.value).toBe('1996-04-24')
    expect(extractDateOfBirth(docFromLines(['Name', 'DoB October 11, 1961']))?.value).toBe('1961-10-11')
    expect(extractDateOfBirth(docFromLines(['Name', 'D.O.B.: 12/05/1995']))?.value).toBe('1995-05-12')
    expect(extractDateOfBirth(docFromLines(['Name', 'Born to lead']))).toBeNull()
  })
})

describe('extractGender', () => {
  it('reads only a stated gender', () => {
    expect(extractGender(docFromLines(['Name', 'Gender : Male']))?.value).toBe('male')
    expect(extractGender(docFromLines(['Name', 'Sex: F']))?.value).toBe('female')
    expect(extractGender(docFromLines(['Name', 'Worked in a female-led team']))).toBeNull()
  })
})

describe('languages', () => {
  it('finds language names, never programming languages', () => {
    expect(languagesIn('English & Hindi')).toEqual(['English', 'Hindi'])
    expect(languagesIn('Oriya, Bangla (read/write)')).toEqual(['Odia', 'Bengali'])
    const doc = docFromLines(['Name', 'Programming Languages: Python, Java', 'Language Known :- English, Hindi, Marathi', h('Languages'), 'Language\tProficiency', 'Tamil'])
    expect(extractLanguages(doc)?.value).toEqual(['Tamil', 'English', 'Hindi', 'Marathi'])
    expect(extractLanguages(docFromLines(['Name', 'Skills: Java']))).toBeNull()
  })
})

describe('extractLicenceAndVehicle', () => {
  it('reads licence types and an owned two-wheeler', () => {
    const found = extractLicenceAndVehicle(docFromLines(['Name', 'Driving Licence : LMV & MCWG (valid till 2030)', 'Own Vehicle : Yes, Bike']))
    expect(found.has_driving_licence?.value).toBe(true)
    expect(found.licence_type?.value).toEqual(['two_wheeler', 'lmv'])
    expect(found.owns_vehicle?.value).toBe(true)
    expect(found.vehicle_type?.value).toBe('two_wheeler')
  })

  it('reads a "no" and a mention in prose', () => {
    expect(extractLicenceAndVehicle(docFromLines(['Name', 'Driving Licence: No'])).has_driving_licence?.value).toBe(false)
    const prose = extractLicenceAndVehicle(docFromLines(['Name', 'I have a valid HMV driving licence and my own car.']))
    expect(prose.has_driving_licence).toEqual({ value: true, confidence: 'low' })
    expect(prose.licence_type?.value).toEqual(['lmv', 'hmv'])
    expect(prose.vehicle_type?.value).toBe('four_wheeler')
    expect(extractLicenceAndVehicle(docFromLines(['Name', 'Skills: Excel']))).toEqual({})
  })
})

describe('extractAbout', () => {
  it('joins the summary section', () => {
    const doc = docFromLines(['Name', h('Career Objective'), 'To work in a reputed organisation', 'and grow with it.', h('Skills'), 'x'])
    expect(extractAbout(doc)?.value).toBe('To work in a reputed organisation and grow with it.')
  })
})

describe('extractCertifications', () => {
  it('lists certificates and ITI courses', () => {
    const doc = docFromLines(['Name', h('Education'), 'ITI in Electrician (NCVT), 2019', h('Certifications'), '• Certified Public Accountant (CPA)', '(11/2017 – 03/2018)', '2023 AWS Certified Solutions Architect'])
    expect(extractCertifications(doc)?.value).toEqual(['Certified Public Accountant (CPA)', 'AWS Certified Solutions Architect', 'ITI in Electrician (NCVT), 2019'])
  })
})
