import { describe, expect, it } from 'vitest'
import { extractEducation } from './education'
import { documentVocabulary } from './segment'
import { docFromLines, h } from '../../../tests/helpers/test-layout'

const edu = (lines: (string | { text: string; size?: number; bold?: boolean })[]) => {
  const doc = docFromLines(['Name', h('Education'), ...lines])
  return extractEducation(doc, documentVocabulary(doc.lines.map((l) => l.text).join(' ')))
}

describe('extractEducation', () => {
  it('reads institution / degree / dates stacks with places dropped', () => {
    expect(
      edu([
        '• Georgia Institute of Technology\tAtlanta, GA',
        'Master of Science in Computer Science; GPA: 4.00\tAug 2012 – Dec 2013',
        '• Birla Institute of Technology and Science\tPilani, India',
        'Bachelor of Engineering in Electrical; GPA: 3.66\tAug 2008 – July 2012',
      ]),
    ).toEqual([
      { institution: 'Georgia Institute of Technology', degree: 'Master of Science in Computer Science', year: 2013 },
      { institution: 'Birla Institute of Technology and Science', degree: 'Bachelor of Engineering in Electrical', year: 2012 },
    ])
  })

  it('reads degree-first entries, wrapped institution names and ongoing studies', () => {
    expect(
      edu([
        'Class 10',
        'Institution: Mount Carmel Sr. Sec. School,',
        'Himachal Pradesh',
        '2010 – 2012\tResult: 65%',
        'Bachelors (B.Tech)',
        'Institution: Bharati Vidyapeeth College of',
        'Engineering, Pune',
        '2015 – Present',
      ]),
    ).toEqual([
      { institution: 'Bharati Vidyapeeth College of Engineering', degree: 'Bachelors (B.Tech)', year: null },
      { institution: 'Mount Carmel Sr. Sec. School', degree: 'Class 10', year: 2012 },
    ])
  })

  it('reads one-line forms', () => {
    expect(
      edu([
        'UG: B.Sc (Computers) from Mumbai University in 2016',
        'SSC from Maharashtra State Board in 2011 with 62%',
        'ITI (Fitter) from Govt. ITI Nagpur, 2013',
        'Associate degree, H.R. Management, Bellows College',
      ]),
    ).toEqual([
      { institution: 'Mumbai University', degree: 'B.Sc (Computers)', year: 2016 },
      { institution: 'Govt. ITI Nagpur', degree: 'ITI (Fitter)', year: 2013 },
      { institution: 'Maharashtra State Board', degree: 'SSC', year: 2011 },
      { institution: 'Bellows College', degree: 'Associate degree, H.R. Management', year: null },
    ].sort((a, b) => (b.year ?? 9999) - (a.year ?? 9999)))
  })

  it('reads a qualification table with wrapped cells', () => {
    const doc = docFromLines([
      'Name',
      h('Academic Qualification'),
      { text: 'Qualification\tBoard/University\tYear\tPercentage', cellX: [2, 12, 28, 33] },
      { text: 'B.E (Information\tMMCOE (Savitribai Phule Pune\t2018\t61.51%', cellX: [2, 10, 28, 33] },
      { text: 'Technology)\tUniversity)', cellX: [2.5, 13] },
      { text: '12th (Science)\tDr. Kalmadi Junior College (Maharashtra State Board)\t2014\t71.69%', cellX: [2, 8, 28, 33] },
    ])
    expect(extractEducation(doc, new Set())).toEqual([
      { institution: 'MMCOE (Savitribai Phule Pune University)', degree: 'B.E (Information Technology)', year: 2018 },
      { institution: 'Dr. Kalmadi Junior College', degree: '12th (Science)', year: 2014 },
    ])
  })

  it('splits institution names glued in small caps', () => {
    expect(edu([{ text: 'CORNELLUNIVERSITY', bold: true, size: 11 }, 'BS IN COMPUTER SCIENCE', 'May 2014 | Ithaca, NY', 'Cornell is in Ithaca'])).toEqual([
      { institution: 'Cornell University', degree: 'BS in Computer Science', year: 2014 },
    ])
  })

  it('takes no profile links, column headers or plain lines for schools in job-portal text', () => {
    expect(
      edu([
        'MCA',
        'Osmania University - Hyderabad, Telangana',
        '2009 to 2012',
        'https://www.indeed.com/r/Asha-Rao/2659eee82e435d1b?isid=rex-download',
        'Functional & Technical Expertise',
        'University / Board',
      ]),
    ).toEqual([{ institution: 'Osmania University', degree: 'MCA', year: 2012 }])
  })
})
