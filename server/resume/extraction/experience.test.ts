import { describe, expect, it } from 'vitest'
import { employerInTitle, endsInRole, experienceMonths, extractExperience, headlineEntry, splitCompanyTitle, titleOf, withHeadline } from './experience'
import { documentVocabulary } from './segment'
import { docFromLines, h, type TestLine } from '../../../tests/helpers/test-layout'

const work = (lines: (string | TestLine)[]) => {
  const doc = docFromLines(['Name', h('Work Experience'), ...lines])
  return extractExperience(doc, documentVocabulary(doc.lines.map((l) => l.text).join(' ')))
}

describe('splitCompanyTitle', () => {
  const v = new Set<string>()
  it.each([
    [['Krisol Infosoft as Junior Web Developer'], 'Krisol Infosoft', 'Junior Web Developer'],
    [['Senior Accountant at Tata Motors'], 'Tata Motors', 'Senior Accountant'],
    [['Jr. ASP.NET Developer in True Vision Technology'], 'True Vision Technology', 'Jr. ASP.NET Developer'],
    [['Software Engineer in Infosys Limited'], 'Infosys Limited', 'Software Engineer'],
    [['FACEBOOK | SOFTWARE ENGINEER'], 'Facebook', 'Software Engineer'],
    [['Gilmore Financial, New Orleans, LA, Certified Public Accountant'], 'Gilmore Financial', 'Certified Public Accountant'],
    [['Office manager, The Phone Company'], 'The Phone Company', 'Office manager'],
    [['Delivery Executive — Swiggy'], 'Swiggy', 'Delivery Executive'],
    [['Head of Finance - Tata Teleservices Limited'], 'Tata Teleservices Limited', 'Head of Finance'],
    [['Danggeun Pay Inc. (KarrotPay)', 'Founding Member & Site Reliability Engineer'], 'Danggeun Pay Inc. (KarrotPay)', 'Founding Member & Site Reliability Engineer'],
    [['Kent State University, Kent, Ohio', 'Resident Advisor'], 'Kent State University', 'Resident Advisor'],
  ])('%j', (texts, company, title) => {
    expect(splitCompanyTitle(texts, v)).toEqual({ company, title })
  })
})

describe('extractExperience', () => {
  it('reads company / title+dates stacks (LaTeX templates)', () => {
    expect(
      work([
        '• Google\tMountain View, CA',
        'Software Engineer\tOct 2016 – Present',
        '◦ Worked on TensorFlow APIs and performance for training models on TPUs.',
        '• Coursera\tMountain View, CA',
        'Senior Software Engineer\tJan 2014 – Oct 2016',
      ]),
    ).toEqual([
      { company: 'Google', title: 'Software Engineer', start: '2016-10', end: 'present' },
      { company: 'Coursera', title: 'Senior Software Engineer', start: '2014-01', end: '2016-10' },
    ])
  })

  it('reads a dated company line with the title below it', () => {
    expect(
      work([
        'Kent State University, Kent, Ohio\tAugust 2015 - Present',
        'Resident Advisor',
        '• Collaborate with 10 building staff and campus administrators on a weekly basis.',
        "Panini's Bar and Grill, Cleveland, Ohio\tAugust 2014 - May 2015",
        'Server',
      ]),
    ).toEqual([
      { company: 'Kent State University', title: 'Resident Advisor', start: '2015-08', end: 'present' },
      { company: "Panini's Bar and Grill", title: 'Server', start: '2014-08', end: '2015-05' },
    ])
  })

  it('reads Indian formats: "X as Y" with "to Till Date", dates in brackets, MM/YYYY', () => {
    expect(
      work([
        'Krisol Infosoft Pvt. Ltd as Jr. Web Developer',
        'Jan 2019 to Till Date',
        'Driver at Shree Ganesh Travels, Nagpur (Jun 2019 - Present)',
        'Delivery Boy - Amazon Flex (07/2016 - 03/2019)',
      ]),
    ).toEqual([
      { company: 'Krisol Infosoft Pvt. Ltd', title: 'Jr. Web Developer', start: '2019-01', end: 'present' },
      { company: 'Shree Ganesh Travels', title: 'Driver', start: '2019-06', end: 'present' },
      { company: 'Amazon Flex', title: 'Delivery Boy', start: '2016-07', end: '2019-03' },
    ])
  })

  it('reads narrative entries whose sentence and date range wrap over lines', () => {
    expect(
      work([
        'July 2008 to June 2013 worked as the Chief Financial Officer with Tata',
        'Communications Payment Solutions Limited. This is a subsidiary.',
        'o Adroit Financial Services as Director (Finance and Accounts) April 1994 to',
        'January 1998',
        'o Mehta, Grover & Sharma, Chartered Accountants; January 1985 to February',
        '1988',
      ]),
    ).toEqual([
      { company: 'Tata Communications Payment Solutions Limited', title: 'Chief Financial Officer', start: '2008-07', end: '2013-06' },
      { company: 'Adroit Financial Services', title: 'Director (Finance and Accounts)', start: '1994-04', end: '1998-01' },
      { company: 'Mehta, Grover & Sharma, Chartered Accountants', title: null, start: '1985-01', end: '1988-02' },
    ])
  })

  it('reads labelled entries, "Worked as … from … to …" and jobs written without dates', () => {
    expect(
      work([
        'Company: Infosys Ltd',
        'Designation: Software Engineer',
        'Duration: June 2018 to Present',
        '1. Worked as Sales Executive in Reliance Retail from Jan 2016 to Dec 2017.',
        'Sales Executive | Reliance Retail Ltd | Mumbai | 2014 – 2015',
        'Tata Motors Ltd. (Pune) – Machine Operator – 3 years',
        '• Operated CNC machines in three shifts for the assembly line.',
      ]),
    ).toEqual([
      { company: 'Infosys Ltd', title: 'Software Engineer', start: '2018-06', end: 'present' },
      { company: 'Reliance Retail', title: 'Sales Executive', start: '2016-01', end: '2017-12' },
      { company: 'Reliance Retail Ltd', title: 'Sales Executive', start: '2014', end: '2015' },
      { company: 'Tata Motors Ltd.', title: 'Machine Operator', start: null, end: null },
    ])
  })

  it('does not take description lines that mention a year for entries', () => {
    expect(
      work([
        'Volunteer',
        'NSG (Network Security Group)',
        '2016 – 2017',
        'Volunteering in Publicity and creativity team of Network Security Group',
        'for Cybercon 2017 technical event.',
      ]),
    ).toEqual([{ company: 'NSG (Network Security Group)', title: 'Volunteer', start: '2016', end: '2017' }])
  })
})

describe('experienceMonths', () => {
  const now = new Date('2025-06-15T00:00:00Z')
  it('merges overlaps and counts present up to now', () => {
    expect(experienceMonths([{ start: '2019-01', end: '2020-01' }], now)).toBe(12)
    expect(
      experienceMonths(
        [
          { start: '2019-01', end: '2020-01' },
          { start: '2019-06', end: '2020-06' },
        ],
        now,
      ),
    ).toBe(17)
    expect(experienceMonths([{ start: '2024-06', end: 'present' }], now)).toBe(12)
    expect(experienceMonths([{ start: '2017', end: '2017' }], now)).toBe(12)
    expect(experienceMonths([{ start: null, end: 'present' }], now)).toBe(0)
  })

  it('reads job-portal layouts: "Title / Company - City, State - / dates", swapped pairs, city tails dropped', () => {
    expect(
      work([
        'Senior Software Analyst',
        'Accenture - Bengaluru, Karnataka -',
        'December 2017 to Present',
        'Client Leading telecommunication provider in US operating in four segments.',
        'Associate Consultant',
        'Wipro Technologies - Pune, Maharashtra',
        'June 2011 to November 2017',
      ]),
    ).toEqual([
      { company: 'Accenture', title: 'Senior Software Analyst', start: '2017-12', end: 'present' },
      { company: 'Wipro Technologies', title: 'Associate Consultant', start: '2011-06', end: '2017-11' },
    ])
  })

  it('never takes projects, their labels or product versions for jobs', () => {
    expect(
      work([
        'QA Analyst',
        'Oracle - Hyderabad, Telangana',
        'March 2016 to Present',
        'Project 1: ASPEN - Unified Communication',
        'Client: Baker Hughes',
        'Role: Senior QA Lead',
        'Duration: Jan 2017 to Mar 2018',
        'Environment: Windows Server 2008/2012',
        'Exchange Server 2010',
        'Test Engineer',
        'Infosys Ltd - Mysore, Karnataka',
        'June 2012 to February 2016',
      ]),
    ).toEqual([
      { company: 'Oracle', title: 'QA Analyst', start: '2016-03', end: 'present' },
      { company: 'Infosys Ltd', title: 'Test Engineer', start: '2012-06', end: '2016-02' },
    ])
  })
})

describe('one company, several titles', () => {
  const bullet = '• Built the payments platform used by forty banks across India'
  it.each([
    [['Infosys Limited, Pune', 'Senior Software Engineer\tJan 2020 – Present', bullet, 'Software Engineer\tJul 2017 – Dec 2019', bullet], 'Infosys Limited'],
    [['Tata Consultancy Services', 'Team Lead | Apr 2019 – Present', 'Developer | Jun 2015 – Mar 2019'], 'Tata Consultancy Services'],
    [['Wipro Technologies - Bangalore, Karnataka', 'Project Engineer (Jan 2018 - Present)', 'Associate (Jun 2016 - Dec 2017)'], 'Wipro Technologies'],
  ])('gives every title under one heading that company: %j', (lines, company) => {
    const entries = work(lines)
    expect(entries).toHaveLength(2)
    expect(entries.map((e) => e.company)).toEqual([company, company])
    expect(entries.every((e) => e.title && e.start)).toBe(true)
  })

  it('starts a new group at the next company heading, and keeps a company named on the dated line', () => {
    expect(
      work([{ text: 'Google', bold: true }, 'Senior Software Engineer, Jan 2020 – Present', bullet, 'Software Engineer, Jul 2017 – Dec 2019', bullet, { text: 'Microsoft', bold: true }, 'Intern, May 2016 – Aug 2016', 'Analyst | Wipro Ltd\tMay 2015 – Apr 2016']).map((e) => [e.company, e.title]),
    ).toEqual([
      ['Google', 'Senior Software Engineer'],
      ['Google', 'Software Engineer'],
      ['Microsoft', 'Intern'],
      ['Wipro Ltd', 'Analyst'],
    ])
  })

  it('leaves title-first entries to the company line below each title', () => {
    expect(work(['Software Engineer\tJan 2020 – Present', 'Google', bullet, 'Intern\tMay 2019 – Aug 2019', 'Microsoft', bullet]).map((e) => [e.company, e.title])).toEqual([
      ['Google', 'Software Engineer'],
      ['Microsoft', 'Intern'],
    ])
  })
})

describe('portal stacks: "Title" / "Company - City, State -" / dates', () => {
  it('takes the company line and the one title line above it, not the short lines before nor a bare URL', () => {
    expect(
      work([
        'Team Member',
        'Cisco -',
        'October 2017 to Present',
        '• Unit Testing and code review',
        'B+ Average',
        'Senior Developer',
        // a portal's page footer between the title and the company line
        'https://www.example.com/r/Some-One/0a1b2c3d?isid=rex-download',
        'Cisco -',
        'December 2014 to October 2017',
      ]),
    ).toEqual([
      { company: 'Cisco', title: 'Team Member', start: '2017-10', end: 'present' },
      { company: 'Cisco', title: 'Senior Developer', start: '2014-12', end: '2017-10' },
    ])
  })

  it('reads a lone dash as no company, and a city the list lacks as no part of the name', () => {
    expect(work(['Systems Engineer', '-', 'December 2007 to December 2010'])).toEqual([{ company: null, title: 'Systems Engineer', start: '2007-12', end: '2010-12' }])
    expect(work(['Senior Developer', 'R-Systems - Redwood Shores, CA -', 'January 1997 to January 1998'])).toEqual([
      { company: 'R-Systems', title: 'Senior Developer', start: '1997-01', end: '1998-01' },
    ])
  })

  it('never reads a place as the company', () => {
    expect(work(['Software Engineer', 'Hyderabad -', 'November 2011 to February 2016'])).toEqual([{ company: null, title: 'Software Engineer', start: '2011-11', end: '2016-02' }])
  })

  it('reads a title whose last word is a role noun as a title even with an organisation word in it', () => {
    expect(work(['Systems Engineer\tJan 2018 – Present'])).toEqual([{ company: null, title: 'Systems Engineer', start: '2018-01', end: 'present' }])
  })

  it('takes the line above a company line as the title only when it names a role', () => {
    // a project name or a grade above the company line, and a remark below the dates
    expect(work(['Stock Ledger Software Projects', 'Sharma Traders - Indore, Madhya Pradesh -', 'March 2015 to June 2016', 'First Division'])).toEqual([
      { company: 'Sharma Traders', title: null, start: '2015-03', end: '2016-06' },
    ])
    expect(work(['Billing Clerk', 'Sharma Traders - Indore, Madhya Pradesh -', 'March 2015 to June 2016'])).toEqual([
      { company: 'Sharma Traders', title: 'Billing Clerk', start: '2015-03', end: '2016-06' },
    ])
  })

  it('reads a company line standing alone, without the city the list lacks', () => {
    expect(work(['Store Supervisor', 'Lotus Foods -', 'January 2015 to March 2016', 'Kaveri Agencies - Hubballi, KA -', 'April 2014 to January 2015'])).toEqual([
      { company: 'Lotus Foods', title: 'Store Supervisor', start: '2015-01', end: '2016-03' },
      { company: 'Kaveri Agencies', title: null, start: '2014-04', end: '2015-01' },
    ])
  })

  it.each([
    ['Company Name -'],
    ['confidential - Pune, Maharashtra -'],
    ['Marketing -'],
    ['Retail Billing Domain -'],
    ['Stock Transfer Request - Nagpur, Maharashtra -'],
    ['vendor management -'],
    ['Tally Training at Sharma Computer Institute -'],
  ])('never reads %j (a placeholder, a department, an activity, a course) as the company', (line) => {
    expect(work(['Store Supervisor', line, 'January 2015 to March 2016'])).toEqual([{ company: null, title: 'Store Supervisor', start: '2015-01', end: '2016-03' }])
  })

  it('keeps a capitalised name that ends in Management', () => {
    expect(work(['Accountant', 'Harbour Wealth Management -', 'January 2015 to March 2016'])).toEqual([{ company: 'Harbour Wealth Management', title: 'Accountant', start: '2015-01', end: '2016-03' }])
  })

  it('never reads a college committee position as a job', () => {
    expect(work(['Member of Cultural Committee in TECHNOVA', '-', '2015 to 2016', 'Billing Clerk', 'Sharma Traders -', 'March 2017 to June 2018'])).toEqual([
      { company: 'Sharma Traders', title: 'Billing Clerk', start: '2017-03', end: '2018-06' },
    ])
  })

  it('never reads a wrapped number as the start of a title', () => {
    // "… since 19" / "98 with Lotus Foods." wrapped under the dates
    expect(work(['Lotus Foods -', 'January 1998 to Present', '98 with Lotus Foods Ltd.'])).toEqual([{ company: 'Lotus Foods', title: null, start: '1998-01', end: 'present' }])
  })

  it('never takes a sub-heading ending in a colon for a title', () => {
    expect(
      work([
        'Support Engineer',
        'Microsoft - Pune, Maharashtra -',
        'October 2015 to April 2017',
        'System Center Operations Manager:',
        '• Installed and ran the monitoring for forty servers',
      ]),
    ).toEqual([{ company: 'Microsoft', title: 'Support Engineer', start: '2015-10', end: '2017-04' }])
  })
})

describe('titleOf / employerInTitle', () => {
  const v = new Set<string>()
  it.each([
    ['"HR Officer "', 'HR Officer'],
    ['Sales Associate in Convergys', 'Sales Associate'],
    ['Process Associate@ Infosys', 'Process Associate'],
    ['Director (Finance and Accounts)', 'Director (Finance and Accounts)'],
    ['Head of Finance', 'Head of Finance'],
  ])('titleOf(%j) = %j', (text, title) => {
    expect(titleOf(text, v)).toBe(title)
  })

  it.each([
    ['Technical Lead at Infosys Ltd. From', { title: 'Technical Lead', employer: 'Infosys Ltd.' }],
    ['Infosys group as a Test Analyst', { title: 'Test Analyst', employer: 'Infosys group' }],
    ['MICROSOFT - Backup Administrator', { title: 'Backup Administrator', employer: 'MICROSOFT' }],
    ['Testing Executive, Infosys Ltd', { title: 'Testing Executive', employer: 'Infosys Ltd' }],
    ['Production Support Analyst (Microsoft Infosys Limited', { title: 'Production Support Analyst', employer: 'Microsoft Infosys Limited' }],
    ['"Kaveri Pumps" internship', { title: 'internship', employer: 'Kaveri Pumps' }],
    ['Director (Finance and Accounts)', null],
    ['Team lead - supplier data management', null],
    ['Senior Software Engineer', null],
  ])('employerInTitle(%j)', (text, split) => {
    expect(employerInTitle(text)).toEqual(split)
  })

  it('moves the employer out of a title into an empty company', () => {
    expect(work(['Technical Lead at Infosys Ltd.', 'May 2017 to Present'])).toEqual([{ company: 'Infosys Ltd.', title: 'Technical Lead', start: '2017-05', end: 'present' }])
  })
})

describe('endsInRole', () => {
  it.each([
    ['Senior Test Engineer', true],
    ['Head of Finance', true],
    ['Lead Analyst - Supplier Data Management', true],
    ['Co-founder', true],
    ['Developer/Tester', true],
    ['Specialist II', true],
    ['Vice President Finance', true],
    ['Medical Transcriptionist', true],
    ['Server Support Engg.', true],
    ['Senior developer and tester', true],
    ['Packing Order Manager & Packing Order System', false],
    ['QC and Report handling for the team', false],
    ['Active directory management', false],
    ['NTFS security', false],
    ['Leave Approval Requests', false],
    ['Welding Training Program', false],
  ])('%j → %j', (title, yes) => {
    expect(endsInRole(title)).toBe(yes)
  })

  it('drops a title that names no role but keeps the entry', () => {
    expect(work(['Ledger Reconciliation Requests', 'Sunrise Traders Pvt Ltd - Pune, Maharashtra -', 'May 2017 to Present'])).toEqual([
      { company: 'Sunrise Traders Pvt Ltd', title: null, start: '2017-05', end: 'present' },
    ])
  })
})

describe('headlineEntry / withHeadline', () => {
  const v = new Set<string>()
  const head = (second: string) => docFromLines(['Ravi Kumar', second, 'Pune, Maharashtra - Email me on a portal', h('Work Experience')]).header

  it.each([
    ['Store Supervisor at Sunrise Traders, Pune', { company: 'Sunrise Traders', title: 'Store Supervisor' }],
    ['Welding Foreman - Kaveri Fabricators', { company: 'Kaveri Fabricators', title: 'Welding Foreman' }],
    ['Accounts Assistant', { company: null, title: 'Accounts Assistant' }],
  ])('the line under the name %j is the current title', (line, found) => {
    expect(headlineEntry(head(line), 'Ravi Kumar', v)).toEqual({ ...found, start: null, end: null })
  })

  it.each([
    'Pune, Maharashtra',
    'Email me: ravi@example.com',
    'Looking for a challenging role in a growing organisation',
    'Motivated and hardworking helper',
    'Electrician · Plumber',
    'Billing and Inventory Tools',
  ])('%j is no title', (line) => {
    expect(headlineEntry(head(line), 'Ravi Kumar', v)).toBeNull()
  })

  it('joins the history only when no entry holds that title already', () => {
    const dated = { company: 'Sunrise Traders', title: 'Sr. Store Supervisor', start: '2020-01', end: 'present' }
    const headline = { company: null, title: 'Store Supervisor', start: null, end: null }
    expect(withHeadline([dated], headline)).toEqual([dated])
    const other = { company: 'Kaveri Fabricators', title: 'Welder', start: '2018-01', end: '2019-12' }
    expect(withHeadline([other], headline)).toEqual([other, headline])
  })
})

describe('portal jobs outside the experience heading, and undated ones', () => {
  const vocab = (doc: ReturnType<typeof docFromLines>) => documentVocabulary(doc.lines.map((l) => l.text).join(' '))

  it('reads a title / company line / dates stack printed under another heading', () => {
    const doc = docFromLines(['Name', h('Key Skills'), 'Tally, GST filing', 'Senior Accountant', 'Sunrise Traders - Nagpur, Maharashtra -', 'June 2015 to March 2019'])
    expect(extractExperience(doc, vocab(doc))).toEqual([{ company: 'Sunrise Traders', title: 'Senior Accountant', start: '2015-06', end: '2019-03' }])
  })

  it('but not when the line above the company line names no role (a project, a course)', () => {
    const doc = docFromLines(['Name', h('Projects'), 'Inventory Billing System', 'Sunrise Traders - Nagpur, Maharashtra -', 'June 2015 to March 2019'])
    expect(extractExperience(doc, vocab(doc))).toEqual([])
  })

  it('reads the undated title and employer that open the section above the details', () => {
    expect(work(['Field Service Technician', 'Kaveri Pumps', 'Position: FIELD SERVICE TECHNICIAN', 'Years of Experience: 2 Years', 'Responsibilities'])).toEqual([
      { company: 'Kaveri Pumps', title: 'Field Service Technician', start: null, end: null },
    ])
  })

  it('but not a product followed by its versions', () => {
    expect(work(['Billing Server', 'Billing Server 2010', 'Responsibilities'])).toEqual([])
  })

  it('and the undated pair above a dated portal stack', () => {
    expect(work(['Store Supervisor', 'Sunrise Traders', 'Billing Clerk', 'Kaveri Stores - Pune, Maharashtra -', 'May 2012 to June 2014'])).toEqual([
      { company: 'Sunrise Traders', title: 'Store Supervisor', start: null, end: null },
      { company: 'Kaveri Stores', title: 'Billing Clerk', start: '2012-05', end: '2014-06' },
    ])
  })
})

describe('a title that opens with a verb-like word', () => {
  it('"Lead Analyst - Vendor Data" above a company line is the title, not a duty', () => {
    expect(work(['Lead Analyst -QC -Vendor Data', 'Sunrise Traders Pvt Ltd -', 'September 2012 to October 2013'])).toEqual([
      { company: 'Sunrise Traders Pvt Ltd', title: 'Lead Analyst -QC -Vendor Data', start: '2012-09', end: '2013-10' },
    ])
  })

  it('but "Led the billing team" is not', () => {
    expect(work(['Sunrise Traders Pvt Ltd -', 'September 2012 to October 2013', 'Led the billing team of 5 clerks'])).toEqual([
      { company: 'Sunrise Traders Pvt Ltd', title: null, start: '2012-09', end: '2013-10' },
    ])
  })
})

describe('what is never an employer', () => {
  it.each([
    'State Science Olympiad',
    'Online Foundation Program',
    'Northwind Client',
    'SQL Oracle',
    'Tally ERP',
    '(Pump Assembly Plant)',
    'Fitter (Kaveri Pumps Ltd Sunrise Traders',
    'Support Desk in Northwind',
    '2008r2\\Server',
  ])('%j on the company line', (company) => {
    expect(work(['Machine Operator', `${company} - Pune, Maharashtra -`, 'May 2012 to June 2014'])).toEqual([
      { company: null, title: 'Machine Operator', start: '2012-05', end: '2014-06' },
    ])
  })

  it('but a one-word employer that is also a skill stays', () => {
    expect(work(['Machine Operator', 'Oracle - Pune, Maharashtra -', 'May 2012 to June 2014'])).toEqual([
      { company: 'Oracle', title: 'Machine Operator', start: '2012-05', end: '2014-06' },
    ])
  })
})

describe('wrapped fragments', () => {
  it('a title that starts inside a bracket is a fragment of a wrapped line, also under another heading', () => {
    const doc = docFromLines(['Name', h('Previous Project'), '(Pump Assembly) Fitter', 'Kaveri Pumps - Pune, Maharashtra -', 'May 2012 to June 2014'])
    expect(extractExperience(doc, documentVocabulary(doc.lines.map((l) => l.text).join(' ')))).toEqual([
      { company: 'Kaveri Pumps', title: null, start: '2012-05', end: '2014-06' },
    ])
  })
})
