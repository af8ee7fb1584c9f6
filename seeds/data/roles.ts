import type { CategorySlug } from './categories'

/**
 * Job roles (SPEC §4). A role belongs to one or more categories (many-to-many), fixes the job type
 * — the bot derives blue/white collar from the role and never asks — and names the question
 * template family the bot uses for it.
 *
 * The bands are typical for India in 2026 at a tier-1 city; the demo-job generator scales them for
 * smaller cities and uses them to keep salaries and experience believable per role.
 */
export type JobType = 'blue_collar' | 'white_collar'
export type WorkMode = 'onsite' | 'remote' | 'hybrid'

/** Keys shared with the question-template seeds: one template per family, reused by many roles. */
export const TEMPLATE_FAMILIES = [
  'driving',
  'delivery',
  'telecalling',
  'skilled-trades',
  'hospitality',
  'healthcare',
  'retail',
  'security-housekeeping',
  'office',
  'software',
  'design',
  'finance',
  'sales',
  'teaching',
  'agriculture',
  'beauty',
] as const
export type TemplateFamily = (typeof TEMPLATE_FAMILIES)[number]

export type RoleSeed = {
  slug: string
  name: string
  jobType: JobType
  categories: readonly CategorySlug[]
  suggestedSkills: readonly string[]
  templateFamily: TemplateFamily
  /** ₹ per month, typical range at a tier-1 city */
  salaryMonthly: { min: number; max: number }
  /** typical experience asked for, in months */
  experienceMonths: { min: number; max: number }
  /** work modes that make sense; blue-collar work is always on site */
  workModes: readonly WorkMode[]
  /** what jobs of this role usually require of the candidate */
  requirements: { drivingLicence: boolean; twoWheeler: boolean; minLanguages: number }
}

type RoleInput = Omit<RoleSeed, 'salaryMonthly' | 'experienceMonths' | 'workModes' | 'requirements'> & {
  salary: readonly [min: number, max: number]
  experience: readonly [min: number, max: number]
  workModes?: readonly WorkMode[]
  requirements?: Partial<RoleSeed['requirements']>
}

const ONSITE: readonly WorkMode[] = ['onsite']
const HYBRID: readonly WorkMode[] = ['onsite', 'hybrid']
const ANY: readonly WorkMode[] = ['onsite', 'hybrid', 'remote']
const BIKE = { drivingLicence: true, twoWheeler: true }
const LICENCE = { drivingLicence: true }
const BILINGUAL = { minLanguages: 2 }

function role(r: RoleInput): RoleSeed {
  const { salary, experience, workModes, requirements, ...rest } = r
  return {
    ...rest,
    salaryMonthly: { min: salary[0], max: salary[1] },
    experienceMonths: { min: experience[0], max: experience[1] },
    workModes: workModes ?? ONSITE,
    requirements: { drivingLicence: false, twoWheeler: false, minLanguages: 1, ...requirements },
  }
}

const blue = (r: Omit<RoleInput, 'jobType' | 'workModes'>) => role({ ...r, jobType: 'blue_collar' })
const white = (r: Omit<RoleInput, 'jobType'>) => role({ ...r, jobType: 'white_collar' })

export const ROLES: readonly RoleSeed[] = [
  // Delivery & logistics
  blue({ slug: 'delivery-boy', name: 'Delivery Boy', templateFamily: 'delivery', categories: ['delivery-logistics', 'transportation-driving'],
    suggestedSkills: ['Two-wheeler riding', 'Route knowledge', 'Google Maps navigation', 'Cash handling', 'UPI payments', 'Customer handling', 'Time management', 'Parcel handling'],
    salary: [16000, 30000], experience: [0, 24], requirements: BIKE }),
  blue({ slug: 'warehouse-picker', name: 'Warehouse Picker / Packer', templateFamily: 'retail', categories: ['delivery-logistics', 'retail-ecommerce'],
    suggestedSkills: ['Order picking', 'Packing', 'Barcode scanning', 'Inventory counting', 'Handheld scanner', 'Loading and unloading', 'Shift work'],
    salary: [13000, 20000], experience: [0, 24] }),
  blue({ slug: 'forklift-operator', name: 'Forklift Operator', templateFamily: 'driving', categories: ['delivery-logistics', 'manufacturing-production'],
    suggestedSkills: ['Forklift operation', 'Reach truck', 'Pallet handling', 'Warehouse safety', 'Stacking', 'Loading and unloading', 'Equipment checks'],
    salary: [16000, 26000], experience: [12, 60], requirements: LICENCE }),
  blue({ slug: 'inventory-executive', name: 'Store Keeper / Inventory Executive', templateFamily: 'retail', categories: ['delivery-logistics', 'retail-ecommerce', 'manufacturing-production'],
    suggestedSkills: ['Stock register', 'GRN entry', 'Inventory audit', 'MS Excel', 'Tally', 'Barcode scanning', 'FIFO'],
    salary: [15000, 25000], experience: [12, 48] }),
  white({ slug: 'logistics-coordinator', name: 'Logistics Coordinator', templateFamily: 'office', categories: ['delivery-logistics', 'office-administration'],
    suggestedSkills: ['Shipment tracking', 'Vendor coordination', 'MS Excel', 'E-way bill', 'Fleet scheduling', 'Documentation', 'Communication'],
    salary: [22000, 40000], experience: [12, 60], workModes: HYBRID }),

  // Transportation & driving
  blue({ slug: 'driver', name: 'Driver (Car / LMV)', templateFamily: 'driving', categories: ['transportation-driving', 'domestic-help'],
    suggestedSkills: ['LMV driving', 'City routes', 'Google Maps navigation', 'Defensive driving', 'Vehicle upkeep', 'Punctuality', 'Courteous behaviour'],
    salary: [16000, 28000], experience: [12, 120], requirements: LICENCE }),
  blue({ slug: 'truck-driver', name: 'Truck Driver (HMV)', templateFamily: 'driving', categories: ['transportation-driving', 'delivery-logistics'],
    suggestedSkills: ['HMV driving', 'Highway driving', 'Load securing', 'Trip documentation', 'Basic vehicle repair', 'Night driving', 'E-way bill'],
    salary: [20000, 38000], experience: [24, 180], requirements: LICENCE }),
  blue({ slug: 'cab-driver', name: 'Cab Driver', templateFamily: 'driving', categories: ['transportation-driving'],
    suggestedSkills: ['LMV driving', 'Ride-hailing apps', 'Google Maps navigation', 'Airport runs', 'Customer service', 'Defensive driving'],
    salary: [18000, 35000], experience: [12, 120], requirements: LICENCE }),
  blue({ slug: 'bus-driver', name: 'Bus Driver', templateFamily: 'driving', categories: ['transportation-driving', 'education-training'],
    suggestedSkills: ['HMV driving', 'Passenger safety', 'Route planning', 'School routes', 'Vehicle inspection', 'Defensive driving'],
    salary: [18000, 30000], experience: [36, 180], requirements: LICENCE }),
  blue({ slug: 'tractor-driver', name: 'Tractor Driver', templateFamily: 'driving', categories: ['agriculture', 'transportation-driving'],
    suggestedSkills: ['Tractor driving', 'Ploughing', 'Trolley haulage', 'Rotavator', 'Basic maintenance', 'Harvesting support'],
    salary: [12000, 20000], experience: [6, 120], requirements: LICENCE }),

  // Customer support & telecalling
  blue({ slug: 'telecaller', name: 'Telecaller', templateFamily: 'telecalling', categories: ['customer-support', 'sales-marketing'],
    suggestedSkills: ['Outbound calling', 'Lead follow-up', 'Convincing skills', 'CRM entry', 'Hindi communication', 'English communication', 'Objection handling'],
    salary: [12000, 22000], experience: [0, 24], requirements: BILINGUAL }),
  white({ slug: 'customer-support-executive', name: 'Customer Support Executive (Voice)', templateFamily: 'telecalling', categories: ['customer-support'],
    suggestedSkills: ['Inbound calls', 'Complaint resolution', 'CRM software', 'Ticketing', 'English communication', 'Active listening', 'Typing speed'],
    salary: [15000, 28000], experience: [0, 36], workModes: ANY, requirements: BILINGUAL }),
  white({ slug: 'chat-support-executive', name: 'Chat Support Executive (Non-Voice)', templateFamily: 'telecalling', categories: ['customer-support', 'retail-ecommerce'],
    suggestedSkills: ['Chat support', 'Email support', 'Written English', 'Typing speed', 'Zendesk', 'Freshdesk', 'Ticketing'],
    salary: [15000, 26000], experience: [0, 36], workModes: ANY, requirements: BILINGUAL }),
  white({ slug: 'receptionist', name: 'Receptionist', templateFamily: 'office', categories: ['office-administration', 'customer-support', 'food-hospitality'],
    suggestedSkills: ['Front desk', 'Call handling', 'Visitor management', 'MS Office', 'Appointment scheduling', 'English communication', 'Courier management'],
    salary: [14000, 25000], experience: [0, 36] }),

  // Sales & marketing
  blue({ slug: 'field-sales-executive', name: 'Field Sales Executive', templateFamily: 'sales', categories: ['sales-marketing'],
    suggestedSkills: ['Field sales', 'Lead generation', 'Negotiation', 'Target achievement', 'Local market knowledge', 'Two-wheeler riding', 'Customer relationship'],
    salary: [15000, 28000], experience: [0, 48], requirements: BIKE }),
  white({ slug: 'inside-sales-executive', name: 'Inside Sales Executive', templateFamily: 'sales', categories: ['sales-marketing', 'customer-support'],
    suggestedSkills: ['Inside sales', 'Cold calling', 'CRM software', 'Product demos', 'Lead qualification', 'Email outreach', 'Negotiation'],
    salary: [18000, 35000], experience: [0, 48], workModes: ANY, requirements: BILINGUAL }),
  white({ slug: 'business-development-executive', name: 'Business Development Executive', templateFamily: 'sales', categories: ['sales-marketing'],
    suggestedSkills: ['B2B sales', 'Client acquisition', 'Proposal writing', 'Negotiation', 'CRM software', 'Market research', 'Presentation skills'],
    salary: [25000, 50000], experience: [12, 60], workModes: HYBRID }),
  white({ slug: 'digital-marketing-executive', name: 'Digital Marketing Executive', templateFamily: 'sales', categories: ['sales-marketing', 'design-creative'],
    suggestedSkills: ['SEO', 'Google Ads', 'Meta Ads', 'Social media marketing', 'Google Analytics', 'Content planning', 'Email marketing'],
    salary: [20000, 45000], experience: [6, 48], workModes: ANY }),
  white({ slug: 'medical-representative', name: 'Medical Representative', templateFamily: 'sales', categories: ['sales-marketing', 'healthcare'],
    suggestedSkills: ['Doctor detailing', 'Pharma sales', 'Territory management', 'Product knowledge', 'Chemist coverage', 'Reporting'],
    salary: [20000, 40000], experience: [0, 48], requirements: BIKE }),

  // Retail & e-commerce
  blue({ slug: 'retail-sales-associate', name: 'Retail Sales Associate', templateFamily: 'retail', categories: ['retail-ecommerce', 'sales-marketing'],
    suggestedSkills: ['Customer service', 'Product display', 'Billing', 'Upselling', 'Stock replenishment', 'POS software'],
    salary: [12000, 20000], experience: [0, 24] }),
  blue({ slug: 'cashier', name: 'Cashier', templateFamily: 'retail', categories: ['retail-ecommerce', 'finance-accounting'],
    suggestedSkills: ['Cash handling', 'POS billing', 'UPI payments', 'Card machines', 'Daily cash report', 'Customer service'],
    salary: [12000, 20000], experience: [0, 36] }),
  white({ slug: 'store-manager', name: 'Store Manager', templateFamily: 'retail', categories: ['retail-ecommerce', 'sales-marketing'],
    suggestedSkills: ['Store operations', 'Team management', 'Sales targets', 'Inventory control', 'Visual merchandising', 'Customer experience', 'MIS reports'],
    salary: [25000, 50000], experience: [36, 120] }),

  // Healthcare
  white({ slug: 'staff-nurse', name: 'Staff Nurse', templateFamily: 'healthcare', categories: ['healthcare'],
    suggestedSkills: ['Patient care', 'IV cannulation', 'Medication administration', 'Vital signs monitoring', 'ICU care', 'BLS', 'Patient records'],
    salary: [18000, 35000], experience: [0, 60] }),
  blue({ slug: 'ward-boy', name: 'Ward Boy / Hospital Attendant', templateFamily: 'healthcare', categories: ['healthcare', 'security-facility'],
    suggestedSkills: ['Patient shifting', 'Wheelchair handling', 'Ward cleanliness', 'Bed making', 'Infection control', 'Assisting nurses'],
    salary: [11000, 17000], experience: [0, 36] }),
  blue({ slug: 'lab-technician', name: 'Lab Technician', templateFamily: 'healthcare', categories: ['healthcare'],
    suggestedSkills: ['Blood collection', 'Sample processing', 'Haematology', 'Biochemistry analysers', 'Lab safety', 'Report entry', 'DMLT'],
    salary: [14000, 25000], experience: [0, 48] }),
  white({ slug: 'pharmacist', name: 'Pharmacist', templateFamily: 'healthcare', categories: ['healthcare', 'retail-ecommerce'],
    suggestedSkills: ['Prescription dispensing', 'Drug knowledge', 'Pharmacy billing software', 'Stock and expiry management', 'Counselling patients', 'Schedule H compliance'],
    salary: [18000, 32000], experience: [0, 60] }),
  blue({ slug: 'patient-caretaker', name: 'Patient Caretaker / Home Attendant', templateFamily: 'healthcare', categories: ['healthcare', 'domestic-help'],
    suggestedSkills: ['Elderly care', 'Patient hygiene', 'Feeding assistance', 'Medication reminders', 'Mobility support', 'First aid'],
    salary: [14000, 24000], experience: [6, 60] }),

  // Education & training
  white({ slug: 'teacher', name: 'School Teacher', templateFamily: 'teaching', categories: ['education-training'],
    suggestedSkills: ['Lesson planning', 'Classroom management', 'CBSE curriculum', 'Spoken English', 'Student assessment', 'Smart class tools', 'Parent communication'],
    salary: [18000, 40000], experience: [12, 84] }),
  white({ slug: 'home-tutor', name: 'Home / Online Tutor', templateFamily: 'teaching', categories: ['education-training'],
    suggestedSkills: ['Mathematics', 'Science', 'English grammar', 'Exam preparation', 'Online teaching', 'Doubt solving', 'Patience'],
    salary: [10000, 25000], experience: [0, 36], workModes: ANY }),
  white({ slug: 'corporate-trainer', name: 'Corporate Trainer', templateFamily: 'teaching', categories: ['education-training', 'human-resources'],
    suggestedSkills: ['Training delivery', 'Soft skills', 'Training needs analysis', 'Content design', 'Presentation skills', 'Spoken English'],
    salary: [35000, 70000], experience: [36, 120], workModes: HYBRID }),

  // Manufacturing & production
  blue({ slug: 'machine-operator', name: 'Machine Operator', templateFamily: 'skilled-trades', categories: ['manufacturing-production'],
    suggestedSkills: ['Machine operation', 'Production targets', '5S', 'Safety procedures', 'Quality checks', 'Shift work'],
    salary: [13000, 22000], experience: [0, 48] }),
  blue({ slug: 'cnc-operator', name: 'CNC / VMC Operator', templateFamily: 'skilled-trades', categories: ['manufacturing-production', 'construction-skilled-trades'],
    suggestedSkills: ['CNC operation', 'VMC operation', 'Fanuc controls', 'Drawing reading', 'Vernier and micrometer', 'Tool offset', 'Setting'],
    salary: [16000, 28000], experience: [12, 60] }),
  blue({ slug: 'quality-inspector', name: 'Quality Inspector', templateFamily: 'skilled-trades', categories: ['manufacturing-production'],
    suggestedSkills: ['Incoming inspection', 'Measuring instruments', 'Drawing reading', 'Inspection reports', 'ISO 9001', '7 QC tools'],
    salary: [16000, 26000], experience: [12, 60] }),
  blue({ slug: 'production-helper', name: 'Production Helper', templateFamily: 'skilled-trades', categories: ['manufacturing-production'],
    suggestedSkills: ['Material handling', 'Assembly line work', 'Packing', 'Machine assistance', 'Housekeeping', 'Shift work'],
    salary: [11000, 16000], experience: [0, 12] }),
  blue({ slug: 'fitter', name: 'Fitter (ITI)', templateFamily: 'skilled-trades', categories: ['manufacturing-production', 'construction-skilled-trades'],
    suggestedSkills: ['Mechanical fitting', 'Maintenance', 'Pipe fitting', 'Drawing reading', 'Hand tools', 'Preventive maintenance', 'ITI Fitter'],
    salary: [15000, 25000], experience: [12, 60] }),

  // Construction & skilled trades
  blue({ slug: 'electrician', name: 'Electrician', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades', 'security-facility'],
    suggestedSkills: ['House wiring', 'Industrial wiring', 'Panel maintenance', 'Fault finding', 'MCB and DB installation', 'Safety practices', 'ITI Electrician'],
    salary: [15000, 28000], experience: [12, 84] }),
  blue({ slug: 'plumber', name: 'Plumber', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades', 'security-facility'],
    suggestedSkills: ['Pipe fitting', 'CPVC and PVC work', 'Leak repair', 'Sanitary fittings', 'Drainage', 'Water pump repair'],
    salary: [14000, 26000], experience: [12, 84] }),
  blue({ slug: 'welder', name: 'Welder', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades', 'manufacturing-production'],
    suggestedSkills: ['Arc welding', 'MIG welding', 'TIG welding', 'Gas cutting', 'Fabrication', 'Drawing reading', 'Safety gear'],
    salary: [15000, 28000], experience: [12, 84] }),
  blue({ slug: 'carpenter', name: 'Carpenter', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades'],
    suggestedSkills: ['Furniture making', 'Modular kitchen fitting', 'Plywood work', 'Laminate fixing', 'Power tools', 'Measurement'],
    salary: [15000, 28000], experience: [12, 84] }),
  blue({ slug: 'mason', name: 'Mason', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades'],
    suggestedSkills: ['Brickwork', 'Plastering', 'Tiling', 'Concrete work', 'Levelling', 'Reading site plans'],
    salary: [15000, 25000], experience: [24, 120] }),
  blue({ slug: 'ac-technician', name: 'AC Technician', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades', 'security-facility'],
    suggestedSkills: ['Split AC installation', 'Gas charging', 'AC servicing', 'Compressor repair', 'Refrigeration', 'Electrical basics'],
    salary: [15000, 28000], experience: [12, 60] }),
  white({ slug: 'civil-site-engineer', name: 'Civil Site Engineer', templateFamily: 'skilled-trades', categories: ['construction-skilled-trades'],
    suggestedSkills: ['Site execution', 'AutoCAD', 'BOQ', 'Quantity surveying', 'Quality control', 'Labour management', 'MS Project'],
    salary: [25000, 50000], experience: [12, 72] }),

  // Food & hospitality
  blue({ slug: 'cook', name: 'Cook / Chef', templateFamily: 'hospitality', categories: ['food-hospitality', 'domestic-help'],
    suggestedSkills: ['North Indian cuisine', 'South Indian cuisine', 'Chinese cuisine', 'Tandoor', 'Food hygiene', 'Menu planning', 'Bulk cooking'],
    salary: [15000, 30000], experience: [12, 84] }),
  blue({ slug: 'kitchen-helper', name: 'Kitchen Helper', templateFamily: 'hospitality', categories: ['food-hospitality'],
    suggestedSkills: ['Vegetable cutting', 'Dishwashing', 'Food prep', 'Kitchen hygiene', 'Stock handling'],
    salary: [11000, 16000], experience: [0, 24] }),
  blue({ slug: 'waiter', name: 'Waiter / Steward', templateFamily: 'hospitality', categories: ['food-hospitality'],
    suggestedSkills: ['Order taking', 'Table service', 'Menu knowledge', 'POS billing', 'Customer service', 'Hygiene'],
    salary: [12000, 18000], experience: [0, 36] }),
  white({ slug: 'front-office-executive', name: 'Hotel Front Office Executive', templateFamily: 'hospitality', categories: ['food-hospitality', 'customer-support'],
    suggestedSkills: ['Check-in and check-out', 'Hotel PMS', 'Reservations', 'Guest relations', 'English communication', 'Cash handling'],
    salary: [16000, 28000], experience: [6, 48] }),
  blue({ slug: 'barista', name: 'Barista', templateFamily: 'hospitality', categories: ['food-hospitality', 'retail-ecommerce'],
    suggestedSkills: ['Espresso machine', 'Coffee brewing', 'Latte art', 'Customer service', 'POS billing', 'Hygiene'],
    salary: [13000, 20000], experience: [0, 24] }),

  // Finance & accounting
  white({ slug: 'accountant', name: 'Accountant', templateFamily: 'finance', categories: ['finance-accounting'],
    suggestedSkills: ['Tally Prime', 'GST filing', 'TDS', 'Bank reconciliation', 'MS Excel', 'Accounts payable', 'Balance sheet'],
    salary: [22000, 45000], experience: [24, 84], workModes: HYBRID }),
  white({ slug: 'accounts-executive', name: 'Accounts Executive (Tally)', templateFamily: 'finance', categories: ['finance-accounting', 'office-administration'],
    suggestedSkills: ['Tally Prime', 'Voucher entry', 'GST invoicing', 'MS Excel', 'Petty cash', 'Bank reconciliation'],
    salary: [16000, 28000], experience: [6, 48], workModes: HYBRID }),
  blue({ slug: 'collection-executive', name: 'Collection Executive', templateFamily: 'sales', categories: ['finance-accounting', 'sales-marketing'],
    suggestedSkills: ['Loan recovery', 'Field collection', 'Negotiation', 'Customer follow-up', 'Two-wheeler riding', 'Receipt management'],
    salary: [14000, 24000], experience: [0, 36], requirements: BIKE }),
  white({ slug: 'financial-analyst', name: 'Financial Analyst', templateFamily: 'finance', categories: ['finance-accounting'],
    suggestedSkills: ['Financial modelling', 'Advanced Excel', 'MIS reporting', 'Budgeting', 'Variance analysis', 'Power BI', 'Forecasting'],
    salary: [40000, 85000], experience: [12, 60], workModes: ANY }),

  // Design & creative
  white({ slug: 'graphic-designer', name: 'Graphic Designer', templateFamily: 'design', categories: ['design-creative'],
    suggestedSkills: ['Adobe Photoshop', 'Adobe Illustrator', 'CorelDRAW', 'Canva', 'Typography', 'Branding', 'Social media creatives'],
    salary: [18000, 40000], experience: [6, 60], workModes: ANY }),
  white({ slug: 'ui-ux-designer', name: 'UI/UX Designer', templateFamily: 'design', categories: ['design-creative', 'technology-it'],
    suggestedSkills: ['Figma', 'Wireframing', 'Prototyping', 'User research', 'Design systems', 'Usability testing', 'Interaction design'],
    salary: [35000, 90000], experience: [12, 72], workModes: ANY }),
  white({ slug: 'video-editor', name: 'Video Editor', templateFamily: 'design', categories: ['design-creative'],
    suggestedSkills: ['Adobe Premiere Pro', 'After Effects', 'DaVinci Resolve', 'Colour grading', 'Motion graphics', 'Short-form video'],
    salary: [18000, 40000], experience: [6, 60], workModes: ANY }),
  white({ slug: 'content-writer', name: 'Content Writer', templateFamily: 'design', categories: ['design-creative', 'sales-marketing'],
    suggestedSkills: ['Blog writing', 'SEO writing', 'Copywriting', 'Proofreading', 'Research', 'WordPress', 'Hindi content'],
    salary: [18000, 40000], experience: [0, 48], workModes: ANY }),

  // Technology & IT
  white({ slug: 'software-developer', name: 'Software Developer', templateFamily: 'software', categories: ['technology-it'],
    suggestedSkills: ['JavaScript', 'TypeScript', 'Java', 'Python', 'SQL', 'Git', 'Data structures', 'REST APIs'],
    salary: [40000, 120000], experience: [0, 72], workModes: ANY }),
  white({ slug: 'frontend-developer', name: 'Frontend Developer', templateFamily: 'software', categories: ['technology-it'],
    suggestedSkills: ['React', 'TypeScript', 'JavaScript', 'HTML', 'CSS', 'Tailwind CSS', 'Next.js', 'Redux'],
    salary: [40000, 110000], experience: [12, 72], workModes: ANY }),
  white({ slug: 'backend-developer', name: 'Backend Developer', templateFamily: 'software', categories: ['technology-it'],
    suggestedSkills: ['Node.js', 'Python', 'Java', 'Spring Boot', 'PostgreSQL', 'REST APIs', 'Docker', 'Redis'],
    salary: [45000, 130000], experience: [12, 72], workModes: ANY }),
  white({ slug: 'full-stack-developer', name: 'Full Stack Developer', templateFamily: 'software', categories: ['technology-it'],
    suggestedSkills: ['React', 'Node.js', 'TypeScript', 'MongoDB', 'PostgreSQL', 'REST APIs', 'AWS', 'Git'],
    salary: [50000, 140000], experience: [24, 84], workModes: ANY }),
  white({ slug: 'qa-engineer', name: 'QA / Test Engineer', templateFamily: 'software', categories: ['technology-it'],
    suggestedSkills: ['Manual testing', 'Selenium', 'Playwright', 'Test cases', 'JIRA', 'API testing', 'Postman'],
    salary: [30000, 80000], experience: [12, 60], workModes: ANY }),
  white({ slug: 'data-analyst', name: 'Data Analyst', templateFamily: 'software', categories: ['technology-it', 'finance-accounting'],
    suggestedSkills: ['SQL', 'Python', 'Advanced Excel', 'Power BI', 'Tableau', 'Statistics', 'Data cleaning'],
    salary: [35000, 85000], experience: [12, 60], workModes: ANY }),
  white({ slug: 'it-support-engineer', name: 'IT Support / Desktop Engineer', templateFamily: 'software', categories: ['technology-it', 'customer-support'],
    suggestedSkills: ['Windows troubleshooting', 'Networking basics', 'Hardware repair', 'Active Directory', 'Printer setup', 'Ticketing', 'Office 365'],
    salary: [18000, 35000], experience: [6, 48] }),

  // Security & facility management
  blue({ slug: 'security-guard', name: 'Security Guard', templateFamily: 'security-housekeeping', categories: ['security-facility'],
    suggestedSkills: ['Access control', 'Patrolling', 'CCTV monitoring', 'Visitor register', 'Fire safety', 'Emergency response'],
    salary: [13000, 20000], experience: [0, 60] }),
  blue({ slug: 'housekeeping-staff', name: 'Housekeeping Staff', templateFamily: 'security-housekeeping', categories: ['security-facility', 'food-hospitality'],
    suggestedSkills: ['Floor cleaning', 'Room cleaning', 'Washroom hygiene', 'Cleaning chemicals', 'Scrubbing machines', 'Waste segregation'],
    salary: [11000, 17000], experience: [0, 36] }),
  blue({ slug: 'facility-supervisor', name: 'Facility Supervisor', templateFamily: 'security-housekeeping', categories: ['security-facility'],
    suggestedSkills: ['Team supervision', 'Duty rosters', 'Vendor management', 'Housekeeping audits', 'Safety compliance', 'Reporting'],
    salary: [20000, 32000], experience: [36, 120] }),
  blue({ slug: 'office-boy', name: 'Office Boy / Peon', templateFamily: 'security-housekeeping', categories: ['office-administration', 'security-facility'],
    suggestedSkills: ['Tea and pantry service', 'Document delivery', 'Photocopying', 'Office cleanliness', 'Bank runs', 'Courier handling'],
    salary: [11000, 16000], experience: [0, 36] }),

  // Agriculture
  blue({ slug: 'farm-worker', name: 'Farm Worker', templateFamily: 'agriculture', categories: ['agriculture'],
    suggestedSkills: ['Sowing', 'Harvesting', 'Irrigation', 'Weeding', 'Pesticide spraying', 'Crop care'],
    salary: [9000, 14000], experience: [0, 60] }),
  blue({ slug: 'dairy-farm-worker', name: 'Dairy Farm Worker', templateFamily: 'agriculture', categories: ['agriculture'],
    suggestedSkills: ['Milking', 'Cattle feeding', 'Shed cleaning', 'Milking machines', 'Animal health basics', 'Fodder management'],
    salary: [10000, 16000], experience: [0, 60] }),
  white({ slug: 'agriculture-field-officer', name: 'Agriculture Field Officer', templateFamily: 'agriculture', categories: ['agriculture', 'sales-marketing'],
    suggestedSkills: ['Agronomy', 'Farmer meetings', 'Seed and fertiliser knowledge', 'Crop advisory', 'Field demos', 'Reporting'],
    salary: [18000, 32000], experience: [0, 48], requirements: BIKE }),

  // Beauty & wellness
  blue({ slug: 'beautician', name: 'Beautician', templateFamily: 'beauty', categories: ['beauty-wellness'],
    suggestedSkills: ['Facial', 'Waxing', 'Threading', 'Manicure', 'Pedicure', 'Bridal makeup', 'Hair spa'],
    salary: [13000, 25000], experience: [6, 60] }),
  blue({ slug: 'hair-stylist', name: 'Hair Stylist / Barber', templateFamily: 'beauty', categories: ['beauty-wellness'],
    suggestedSkills: ['Haircut', 'Hair colouring', 'Beard styling', 'Hair treatments', 'Blow dry', 'Client consultation'],
    salary: [14000, 30000], experience: [12, 72] }),
  blue({ slug: 'spa-therapist', name: 'Spa Therapist', templateFamily: 'beauty', categories: ['beauty-wellness', 'food-hospitality'],
    suggestedSkills: ['Swedish massage', 'Deep tissue massage', 'Aromatherapy', 'Body scrub', 'Hygiene', 'Client care'],
    salary: [15000, 28000], experience: [12, 60] }),
  blue({ slug: 'fitness-trainer', name: 'Gym / Fitness Trainer', templateFamily: 'beauty', categories: ['beauty-wellness', 'education-training'],
    suggestedSkills: ['Strength training', 'Workout planning', 'Diet guidance', 'Functional training', 'Personal training', 'First aid'],
    salary: [18000, 35000], experience: [12, 60] }),

  // Office & administration, HR
  white({ slug: 'data-entry-operator', name: 'Data Entry Operator', templateFamily: 'office', categories: ['office-administration', 'technology-it'],
    suggestedSkills: ['Typing speed', 'MS Excel', 'Data accuracy', 'Google Sheets', 'MS Word', 'Back-office work'],
    salary: [12000, 20000], experience: [0, 24], workModes: ANY }),
  white({ slug: 'office-admin-executive', name: 'Office Admin Executive', templateFamily: 'office', categories: ['office-administration'],
    suggestedSkills: ['Office administration', 'Vendor management', 'MS Office', 'Travel booking', 'Petty cash', 'Facility coordination'],
    salary: [18000, 32000], experience: [12, 60] }),
  white({ slug: 'hr-executive', name: 'HR Executive', templateFamily: 'office', categories: ['human-resources', 'office-administration'],
    suggestedSkills: ['Onboarding', 'Employee records', 'Attendance management', 'HRMS', 'Statutory compliance', 'MS Excel', 'Employee engagement'],
    salary: [20000, 38000], experience: [12, 60], workModes: HYBRID }),
  white({ slug: 'hr-recruiter', name: 'HR Recruiter', templateFamily: 'office', categories: ['human-resources'],
    suggestedSkills: ['Sourcing', 'Screening', 'Job portals', 'Interview scheduling', 'Bulk hiring', 'LinkedIn Recruiter', 'Offer negotiation'],
    salary: [18000, 35000], experience: [0, 48], workModes: ANY }),
  white({ slug: 'payroll-executive', name: 'Payroll Executive', templateFamily: 'finance', categories: ['human-resources', 'finance-accounting'],
    suggestedSkills: ['Payroll processing', 'PF and ESI', 'TDS on salary', 'MS Excel', 'HRMS', 'Statutory compliance'],
    salary: [22000, 40000], experience: [12, 60], workModes: HYBRID }),

  // Domestic help & caregiving
  blue({ slug: 'housemaid', name: 'Domestic Help / Housemaid', templateFamily: 'security-housekeeping', categories: ['domestic-help'],
    suggestedSkills: ['House cleaning', 'Laundry', 'Utensil washing', 'Basic cooking', 'Ironing', 'Trustworthiness'],
    salary: [10000, 18000], experience: [0, 60] }),
  blue({ slug: 'nanny', name: 'Nanny / Babysitter', templateFamily: 'security-housekeeping', categories: ['domestic-help'],
    suggestedSkills: ['Child care', 'Feeding', 'Bathing and hygiene', 'Play activities', 'First aid', 'Homework help'],
    salary: [12000, 22000], experience: [12, 60] }),
]

export const ROLE_BY_SLUG: ReadonlyMap<string, RoleSeed> = new Map(ROLES.map((r) => [r.slug, r]))
