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

  it('reads "University of X, City — Expected graduation: May 2027" under or over its degree', () => {
    const expected = [{ institution: 'University of Mumbai', degree: 'Bachelor of Science in Computer Science', year: 2027 }]
    expect(edu(['University of Mumbai, Mumbai — Expected graduation: May 2027', 'Bachelor of Science in Computer Science'])).toEqual(expected)
    expect(edu(['Bachelor of Science in Computer Science', 'University of Mumbai, Mumbai — Expected graduation: May 2027'])).toEqual(expected)
  })

  it.each([
    ['B.Tech (CSE), XYZ College, 2015–2019, 8.2 CGPA', { institution: 'XYZ College', degree: 'B.Tech (CSE)', year: 2019 }],
    ['M.Tech, IIT Bombay, 2021 | CGPA: 9.1/10', { institution: 'IIT Bombay', degree: 'M.Tech', year: 2021 }],
    ['XYZ College of Engineering, B.Com, 2019', { institution: 'XYZ College of Engineering', degree: 'B.Com', year: 2019 }],
  ])('one line, grade dropped: %s', (line, entry) => {
    expect(edu([line])).toEqual([entry])
  })

  it.each([
    ['SSC, Maharashtra State Board, 2011, 78%', { institution: 'Maharashtra State Board', degree: 'SSC', year: 2011 }],
    ['HSC - Maharashtra State Board - 2013 - 65%', { institution: 'Maharashtra State Board', degree: 'HSC', year: 2013 }],
    ['Class XII, CBSE Board, 2014', { institution: 'CBSE Board', degree: 'Class XII', year: 2014 }],
    ['10th from CBSE in 2012 with 90%', { institution: 'CBSE', degree: '10th', year: 2012 }],
    ['10th | CBSE | Kendriya Vidyalaya, Pune | 2012 | 9.2 CGPA', { institution: 'Kendriya Vidyalaya', degree: '10th (CBSE)', year: 2012 }],
    ['12th (Science), CBSE, Delhi Public School, 2014, 85%', { institution: 'Delhi Public School', degree: '12th (Science, CBSE)', year: 2014 }],
    ['SSC: 2011 - S.V. High School, Nagpur - 78%', { institution: 'S.V. High School', degree: 'SSC', year: 2011 }],
  ])('Indian boards: %s', (line, entry) => {
    expect(edu([line])).toEqual([entry])
  })
})
