import { findCity } from '../../server/master-data/cities'
import type { CategorySlug } from './categories'
import { DEMO_EMPLOYERS, type DemoEmployer } from './demo-employers'
import { ROLES, type JobType, type RoleSeed, type TemplateFamily, type WorkMode } from './roles'

/**
 * Deterministic demo jobs so a fresh install has something to match (SPEC §6). Generated, not
 * typed out: roles × cities × employers × templates, driven by one seeded PRNG.
 */
export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship'

export type DemoJob = {
  /** stable per (seed, position): the seed runner upserts on it, so re-seeding never duplicates */
  key: string
  employerSlug: string
  title: string
  roleSlug: string
  categorySlugs: CategorySlug[]
  jobType: JobType
  /** canonical city name (resolves with `findCity`) */
  city: string
  cityId: string
  state: string
  lat: number
  lng: number
  locality: string | null
  pinCode: string
  workMode: WorkMode
  employmentType: EmploymentType
  salaryMinMonthly: number
  salaryMaxMonthly: number
  experienceMinMonths: number
  /** null = no upper limit */
  experienceMaxMonths: number | null
  requirements: { drivingLicence: boolean; twoWheeler: boolean; minLanguages: number; languages: string[] }
  description: string
  skills: string[]
  openings: number
  publishedAt: Date
  isDemo: true
}

export const DEFAULT_DEMO_SEED = 20260101
export const DEFAULT_DEMO_JOB_COUNT = 320
/** jobs are published within this many days before `now` */
export const DEMO_JOB_WINDOW_DAYS = 30

// ---------------------------------------------------------------------------------------------
// PRNG
// NOTE: hand-written on purpose. Math.random cannot be seeded, and the seed must produce the same
// jobs on every machine and Node version so seeds stay idempotent and tests reproducible; the
// installed libraries offer no seeded generator outside dev-only fast-check. mulberry32 is a
// well-known 32-bit generator, plenty for picking demo data.
// ---------------------------------------------------------------------------------------------
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]
  }
  weighted<T>(items: readonly T[], weight: (t: T) => number): T {
    const total = items.reduce((s, t) => s + weight(t), 0)
    let r = this.next() * total
    for (const t of items) {
      r -= weight(t)
      if (r < 0) return t
    }
    return items[items.length - 1]
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
}

// ---------------------------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------------------------
type Tier = 1 | 2 | 3
export type DemoCity = {
  name: string
  tier: Tier
  /** relative share of jobs */
  weight: number
  /** head post office PIN; jobs without a locality get a nearby PIN in the same range */
  pin: number
  localities: readonly (readonly [locality: string, pin: number])[]
}

const city = (name: string, tier: Tier, weight: number, pin: number, localities: DemoCity['localities'] = []): DemoCity =>
  ({ name, tier, weight, pin, localities })

export const DEMO_CITIES: readonly DemoCity[] = [
  city('Mumbai', 1, 8, 400001, [['Andheri East', 400069], ['Powai', 400076], ['Lower Parel', 400013], ['Bandra Kurla Complex', 400051],
    ['Goregaon East', 400063], ['Malad West', 400064], ['Borivali West', 400092], ['Chembur', 400071], ['Dadar West', 400028],
    ['Kurla West', 400070], ['Vikhroli', 400079], ['Fort', 400001]]),
  city('Delhi', 1, 8, 110001, [['Connaught Place', 110001], ['Karol Bagh', 110005], ['Okhla Phase II', 110020], ['Saket', 110017],
    ['Dwarka', 110075], ['Rohini', 110085], ['Laxmi Nagar', 110092], ['Janakpuri', 110058], ['Nehru Place', 110019],
    ['Mayapuri', 110064], ['Narela', 110040]]),
  city('Bengaluru', 1, 8, 560001, [['Whitefield', 560066], ['Koramangala', 560034], ['Electronic City', 560100], ['HSR Layout', 560102],
    ['Indiranagar', 560038], ['Marathahalli', 560037], ['Jayanagar', 560041], ['Yeshwanthpur', 560022], ['Hebbal', 560024],
    ['Peenya', 560058], ['Bommanahalli', 560068]]),
  city('Hyderabad', 1, 7, 500001, [['Gachibowli', 500032], ['Madhapur', 500081], ['Kukatpally', 500072], ['Begumpet', 500016],
    ['Banjara Hills', 500034], ['Kondapur', 500084], ['Uppal', 500039], ['Ameerpet', 500016], ['LB Nagar', 500074]]),
  city('Chennai', 1, 7, 600001, [['Thyagaraya Nagar', 600017], ['Guindy', 600032], ['Velachery', 600042], ['Anna Nagar', 600040],
    ['Sholinganallur', 600119], ['Adyar', 600020], ['Ambattur', 600053], ['Porur', 600116], ['Perungudi', 600096]]),
  city('Kolkata', 1, 6, 700001, [['Salt Lake Sector V', 700091], ['Park Street', 700016], ['New Town', 700156], ['Ballygunge', 700019],
    ['Behala', 700034], ['Dum Dum', 700028], ['Gariahat', 700029], ['Esplanade', 700069]]),
  city('Pune', 1, 6, 411001, [['Hinjewadi', 411057], ['Kharadi', 411014], ['Viman Nagar', 411014], ['Baner', 411045], ['Hadapsar', 411028],
    ['Kothrud', 411038], ['Wakad', 411057], ['Shivajinagar', 411005], ['Magarpatta', 411013], ['Chakan', 410501]]),
  city('Ahmedabad', 1, 5, 380001, [['Bodakdev', 380054], ['Navrangpura', 380009], ['Satellite', 380015], ['Maninagar', 380008],
    ['Naroda', 382330], ['Prahlad Nagar', 380015], ['Vastrapur', 380015], ['Changodar', 382213]]),
  city('Gurugram', 1, 4, 122001, [['Cyber City', 122002], ['Sohna Road', 122018], ['Udyog Vihar', 122016], ['Golf Course Road', 122002],
    ['Manesar', 122051], ['Sector 29', 122001]]),
  city('Noida', 1, 4, 201301, [['Sector 62', 201309], ['Sector 18', 201301], ['Sector 63', 201301], ['Sector 135', 201304]]),
  city('Thane', 1, 3, 400601, [['Wagle Estate', 400604], ['Ghodbunder Road', 400615], ['Naupada', 400602]]),
  city('Navi Mumbai', 1, 3, 400703, [['Vashi', 400703], ['Airoli', 400708], ['CBD Belapur', 400614], ['Kharghar', 410210], ['Turbhe', 400705]]),
  city('Jaipur', 2, 3, 302001, [['Malviya Nagar', 302017], ['Vaishali Nagar', 302021], ['Sitapura', 302022], ['Mansarovar', 302020], ['C-Scheme', 302001]]),
  city('Lucknow', 2, 3, 226001, [['Gomti Nagar', 226010], ['Hazratganj', 226001], ['Aliganj', 226024], ['Indira Nagar', 226016]]),
  city('Chandigarh', 2, 2, 160017, [['Sector 17', 160017], ['Industrial Area Phase I', 160002], ['Sector 35', 160022]]),
  city('Kochi', 2, 2, 682011, [['Kakkanad', 682030], ['Edappally', 682024], ['Vyttila', 682019], ['Kaloor', 682017]]),
  city('Coimbatore', 2, 2, 641001, [['RS Puram', 641002], ['Gandhipuram', 641012], ['Peelamedu', 641004], ['Saravanampatti', 641035]]),
  city('Indore', 2, 3, 452001, [['Vijay Nagar', 452010], ['Palasia', 452001], ['Rau', 453331]]),
  city('Surat', 2, 3, 395003),
  city('Nagpur', 2, 2, 440001),
  city('Vadodara', 2, 2, 390001),
  city('Bhopal', 2, 2, 462001),
  city('Visakhapatnam', 2, 2, 530001),
  city('Bhubaneswar', 2, 2, 751001),
  city('Patna', 2, 2, 800001),
  city('Ludhiana', 2, 2, 141001),
  city('Mysuru', 2, 1.5, 570001),
  city('Nashik', 2, 1.5, 422001),
  city('Ghaziabad', 2, 2, 201001),
  city('Faridabad', 2, 2, 121001),
  city('Madurai', 3, 1, 625001),
  city('Mangaluru', 3, 1, 575001),
  city('Guwahati', 3, 1.5, 781001),
  city('Dehradun', 3, 1, 248001),
  city('Raipur', 3, 1, 492001),
  city('Ranchi', 3, 1, 834001),
  city('Varanasi', 3, 1, 221001),
  city('Thiruvananthapuram', 3, 1, 695001),
  city('Vijayawada', 3, 1, 520001),
  city('Tiruppur', 3, 1, 641601),
  city('Hubballi', 3, 1, 580020),
  city('Rajkot', 3, 1, 360001),
  city('Agra', 3, 1, 282001),
  city('Amritsar', 3, 1, 143001),
  city('Karnal', 3, 0.8, 132001),
  city('Bhiwandi', 3, 0.8, 421302),
]

const TIER_PAY: Record<Tier, number> = { 1: 1, 2: 0.87, 3: 0.78 }

/** main regional language by state code; anything not listed is a Hindi-belt state */
const STATE_LANGUAGE: Readonly<Record<string, string>> = {
  MH: 'Marathi', KA: 'Kannada', TG: 'Telugu', AP: 'Telugu', TN: 'Tamil', KL: 'Malayalam', WB: 'Bengali',
  GJ: 'Gujarati', PB: 'Punjabi', OR: 'Odia', AS: 'Assamese',
}

// ---------------------------------------------------------------------------------------------
// Roles: demand and title variants (no real brand names)
// ---------------------------------------------------------------------------------------------
/** relative posting volume; blue-collar mass roles dominate real Indian job boards */
const DEMAND: Readonly<Record<string, number>> = {
  'delivery-boy': 8, 'telecaller': 5, 'security-guard': 4, 'warehouse-picker': 4, 'driver': 4, 'field-sales-executive': 4,
  'customer-support-executive': 4, 'housekeeping-staff': 3, 'cook': 3, 'retail-sales-associate': 3, 'electrician': 2.5,
  'data-entry-operator': 2.5, 'software-developer': 2.5, 'full-stack-developer': 2, 'backend-developer': 2, 'frontend-developer': 2,
  'staff-nurse': 2, 'accountant': 2, 'cab-driver': 2, 'machine-operator': 2, 'production-helper': 2, 'teacher': 2,
}

export const TITLE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'delivery-boy': ['Delivery Executive', 'Delivery Boy (Bike)', 'Delivery Partner', 'Last-mile Delivery Rider', 'Delivery Associate – Two-wheeler'],
  'warehouse-picker': ['Warehouse Picker', 'Picker / Packer – E-commerce Warehouse', 'Warehouse Associate (Picking & Packing)'],
  'forklift-operator': ['Forklift Operator', 'Forklift / Reach Truck Operator', 'Forklift Driver – Warehouse'],
  'inventory-executive': ['Store Keeper', 'Inventory Executive', 'Stores Assistant – Inventory'],
  'logistics-coordinator': ['Logistics Coordinator', 'Logistics Executive – Dispatch', 'Transport Coordinator'],
  'driver': ['Driver', 'Car Driver (LMV)', 'Driver – Staff Transport', 'Company Car Driver'],
  'truck-driver': ['Truck Driver (HMV)', 'Heavy Vehicle Driver – Long Route', 'Container Truck Driver'],
  'cab-driver': ['Cab Driver – Airport Runs', 'Cab Driver (Company Car)', 'Taxi Driver – City Rides'],
  'bus-driver': ['School Bus Driver', 'Staff Bus Driver', 'Bus Driver (HMV)'],
  'tractor-driver': ['Tractor Driver', 'Tractor Driver – Farm Operations'],
  'telecaller': ['Telecaller', 'Telesales Executive (Hindi + English)', 'Tele-calling Executive', 'Telecaller – Outbound Calls'],
  'customer-support-executive': ['Customer Support Executive (Voice)', 'Customer Care Executive – Inbound Calls', 'Customer Service Associate – Voice Process'],
  'chat-support-executive': ['Chat Support Executive (Non-Voice)', 'Email & Chat Support Associate', 'Customer Support – Non-Voice Process'],
  'receptionist': ['Receptionist', 'Front Desk Executive', 'Receptionist cum Office Coordinator'],
  'field-sales-executive': ['Field Sales Executive', 'Sales Executive – Field (Two-wheeler)', 'Territory Sales Executive', 'Field Sales Officer'],
  'inside-sales-executive': ['Inside Sales Executive', 'Inside Sales Associate', 'Sales Development Representative'],
  'business-development-executive': ['Business Development Executive', 'BDE – B2B Sales', 'Business Development Associate'],
  'digital-marketing-executive': ['Digital Marketing Executive', 'Performance Marketing Executive', 'SEO & Social Media Executive'],
  'medical-representative': ['Medical Representative', 'Medical Sales Representative', 'Pharma Sales Officer'],
  'retail-sales-associate': ['Retail Sales Associate', 'Showroom Sales Executive', 'Store Sales Staff'],
  'cashier': ['Cashier', 'Billing Cashier', 'Cashier cum Billing Executive'],
  'store-manager': ['Store Manager', 'Assistant Store Manager', 'Store Operations Manager'],
  'staff-nurse': ['Staff Nurse (GNM / BSc)', 'Staff Nurse', 'Registered Nurse'],
  'ward-boy': ['Ward Boy', 'Hospital Attendant', 'Patient Care Attendant'],
  'lab-technician': ['Lab Technician', 'Phlebotomist / Lab Technician', 'Pathology Lab Technician'],
  'pharmacist': ['Pharmacist', 'Registered Pharmacist', 'Pharmacist (B Pharm / D Pharm)'],
  'patient-caretaker': ['Patient Caretaker', 'Home Care Attendant', 'Elderly Care Assistant'],
  'teacher': ['Primary School Teacher', 'TGT Mathematics Teacher', 'PRT English Teacher', 'Science Teacher (CBSE)'],
  'home-tutor': ['Home Tutor – Classes 6 to 10', 'Online Maths Tutor', 'Part-time Tutor – Science'],
  'corporate-trainer': ['Corporate Trainer – Soft Skills', 'Process Trainer', 'Sales Trainer'],
  'machine-operator': ['Machine Operator', 'Production Machine Operator', 'Machine Operator (ITI preferred)'],
  'cnc-operator': ['CNC Operator', 'VMC Operator', 'CNC Setter cum Operator'],
  'quality-inspector': ['Quality Inspector', 'QC Inspector', 'Quality Checker'],
  'production-helper': ['Production Helper', 'Factory Helper', 'Assembly Line Worker'],
  'fitter': ['Fitter (ITI)', 'Maintenance Fitter', 'Pipe Fitter'],
  'electrician': ['Electrician', 'Maintenance Electrician', 'Electrician (ITI) – Building Maintenance', 'Site Electrician'],
  'plumber': ['Plumber', 'Maintenance Plumber', 'Plumber – Residential Projects'],
  'welder': ['Welder', 'MIG / TIG Welder', 'Fabrication Welder'],
  'carpenter': ['Carpenter', 'Furniture Carpenter', 'Carpenter – Modular Interiors'],
  'mason': ['Mason', 'Tile Mason', 'Construction Mason'],
  'ac-technician': ['AC Technician', 'AC Service Technician', 'HVAC Technician'],
  'civil-site-engineer': ['Civil Site Engineer', 'Junior Site Engineer', 'Site Engineer – Residential Projects'],
  'cook': ['Cook', 'North Indian Cook', 'South Indian Cook', 'Commis Chef', 'Chinese Cook'],
  'kitchen-helper': ['Kitchen Helper', 'Commis / Kitchen Helper', 'Kitchen Steward'],
  'waiter': ['Waiter', 'Steward', 'Service Staff'],
  'front-office-executive': ['Front Office Executive', 'Guest Relations Executive', 'Front Office Associate'],
  'barista': ['Barista', 'Café Barista', 'Barista cum Cashier'],
  'accountant': ['Accountant', 'Senior Accountant', 'Accountant – GST & TDS'],
  'accounts-executive': ['Accounts Executive', 'Accounts Assistant (Tally)', 'Billing & Accounts Executive'],
  'collection-executive': ['Collection Executive', 'Field Collection Officer', 'Recovery Executive'],
  'financial-analyst': ['Financial Analyst', 'FP&A Analyst', 'Finance Analyst – MIS'],
  'graphic-designer': ['Graphic Designer', 'Social Media Graphic Designer', 'Junior Graphic Designer'],
  'ui-ux-designer': ['UI/UX Designer', 'Product Designer', 'UX Designer – Mobile Apps'],
  'video-editor': ['Video Editor', 'Video Editor – Reels & Shorts', 'Motion Graphics Editor'],
  'content-writer': ['Content Writer', 'SEO Content Writer', 'Hindi Content Writer', 'Copywriter'],
  'software-developer': ['Software Developer', 'Software Engineer', 'Associate Software Engineer', 'Java Developer'],
  'frontend-developer': ['Frontend Developer (React)', 'React Developer', 'Frontend Engineer'],
  'backend-developer': ['Backend Developer (Node.js)', 'Java Backend Developer', 'Python Backend Developer'],
  'full-stack-developer': ['Full Stack Developer', 'MERN Stack Developer', 'Full Stack Engineer (React + Node)'],
  'qa-engineer': ['QA Engineer', 'Manual Tester', 'Automation Test Engineer'],
  'data-analyst': ['Data Analyst', 'Business Analyst – Data', 'MIS & Data Analyst'],
  'it-support-engineer': ['IT Support Engineer', 'Desktop Support Engineer', 'IT Helpdesk Executive'],
  'security-guard': ['Security Guard', 'Security Officer', 'Lady Security Guard', 'Unarmed Security Guard'],
  'housekeeping-staff': ['Housekeeping Staff', 'Housekeeping Attendant', 'Cleaning Staff'],
  'facility-supervisor': ['Facility Supervisor', 'Housekeeping Supervisor', 'Facility Executive'],
  'office-boy': ['Office Boy', 'Office Assistant / Peon', 'Pantry Boy'],
  'farm-worker': ['Farm Worker', 'Farm Labourer', 'Field Worker – Crops'],
  'dairy-farm-worker': ['Dairy Farm Worker', 'Milking Assistant', 'Cattle Care Worker'],
  'agriculture-field-officer': ['Agriculture Field Officer', 'Agronomist – Field', 'Farmer Relationship Officer'],
  'beautician': ['Beautician', 'Beauty Therapist', 'Beautician – Unisex Salon'],
  'hair-stylist': ['Hair Stylist', 'Senior Hair Stylist', "Barber – Men's Salon"],
  'spa-therapist': ['Spa Therapist', 'Massage Therapist', 'Wellness Therapist'],
  'fitness-trainer': ['Gym Trainer', 'Personal Fitness Trainer', 'Fitness Coach'],
  'data-entry-operator': ['Data Entry Operator', 'Computer Operator', 'Back Office Executive – Data Entry'],
  'office-admin-executive': ['Admin Executive', 'Office Administrator', 'Admin & Facilities Executive'],
  'hr-executive': ['HR Executive', 'HR Generalist', 'HR & Admin Executive'],
  'hr-recruiter': ['HR Recruiter', 'Talent Acquisition Executive', 'Recruiter – Bulk Hiring'],
  'payroll-executive': ['Payroll Executive', 'Payroll & Compliance Executive', 'HR Payroll Associate'],
  'housemaid': ['Domestic Help', 'Full-time Housemaid', 'Live-in House Help'],
  'nanny': ['Nanny', 'Babysitter – Day Shift', 'Child Care Nanny'],
}

// ---------------------------------------------------------------------------------------------
// Description building blocks. NOTE: no full stops inside a sentence (no "Co.", "T. Nagar",
// "e.g."), so a description is always 3–6 sentences when split on ". ".
// ---------------------------------------------------------------------------------------------
const DUTIES: Readonly<Record<TemplateFamily, readonly string[]>> = {
  driving: [
    'You will drive safely on the assigned routes, keep the vehicle clean and log every trip',
    'Daily work covers pick-ups and drops as scheduled, basic vehicle checks and fuel records',
    'You will plan routes with the supervisor, follow traffic rules strictly and report any breakdown at once',
  ],
  delivery: [
    'You will pick up orders from our hub and deliver them on time, collecting cash or UPI payments where needed',
    'Every day you get a planned route in the app, and 25 to 40 deliveries a day is typical',
    'You will handle parcels with care, confirm each delivery with an OTP and help customers with simple returns',
  ],
  telecalling: [
    'You will call customers from the leads we provide, explain our products in simple language and update every call in the CRM',
    'The work is handling inbound and outbound calls, solving queries on the first call and keeping notes accurate',
    'You will follow up interested customers, book appointments for the field team and meet daily call targets',
  ],
  'skilled-trades': [
    "You will carry out installation, repair and maintenance work as assigned, following safety rules and the supervisor's instructions",
    'Work includes reading job cards or drawings, using the right tools and keeping the work area tidy',
    'You will finish each job to the quality standard, report material needs early and record the work done on the job card',
  ],
  hospitality: [
    'You will prepare and serve food to our standards, keep the kitchen and service area hygienic and support the team during rush hours',
    'Work includes guest service, following recipes and portion sizes, and keeping to FSSAI hygiene rules',
    'You will welcome guests, take care of their requests quickly and make sure every visit ends well',
  ],
  healthcare: [
    "You will support patient care, follow the doctors' instructions and keep clean, accurate records",
    'Duties include patient assistance, infection-control routines and close coordination with the nursing team',
    'You will handle samples, medicines or patient needs carefully and follow hospital protocols on every shift',
  ],
  retail: [
    'You will help customers find products, keep shelves stocked and neat, and handle billing when needed',
    'Work includes receiving stock, keeping counts accurate and making sure every order leaves correctly packed',
  ],
  'security-housekeeping': [
    'You will keep the premises safe and clean, follow the duty roster and report anything unusual to your supervisor',
    'Duties include access control or cleaning rounds as per the shift, with registers and checklists kept up to date',
  ],
  office: [
    'You will manage day-to-day office work, maintain records in Excel and coordinate with internal teams and vendors',
    'Work includes documentation, scheduling and reporting, and making sure routine tasks are closed on time',
  ],
  software: [
    'You will build and maintain features for our web and mobile products, write clean tested code and take part in code reviews',
    'You will work in a small agile team, own features end to end and work closely with product and design',
    'You will fix bugs, improve performance and help keep our systems reliable for thousands of daily users',
  ],
  design: [
    'You will create visuals and content for campaigns, social media and our product, from brief to final files',
    'You will turn briefs into polished work, keep our brand consistent and deliver on tight timelines',
    'You will work with the marketing team on ideas, iterate on feedback and manage several projects at once',
  ],
  finance: [
    'You will maintain books of accounts, handle GST and TDS work, reconcile bank statements and prepare monthly reports',
    'Work includes invoice processing, vendor payments, statutory compliance and support during audits',
    'You will prepare MIS reports, track budgets against actuals and help management with clear numbers',
  ],
  sales: [
    'You will meet prospective customers, explain our offerings, close sales and follow up on every lead you are given',
    'You will own a territory or a lead list, hit monthly targets and keep the CRM updated',
    'You will build relationships with customers and partners, collect feedback and grow repeat business',
  ],
  teaching: [
    "You will plan and take classes, track each student's progress and keep parents informed",
    'Work includes preparing lesson plans, conducting assessments and making learning engaging',
  ],
  agriculture: [
    'You will work on our farm with sowing, irrigation, spraying and harvesting as the season needs',
    'Daily work includes field operations, caring for crops or animals and keeping tools and sheds in order',
  ],
  beauty: [
    'You will provide salon services to clients with care and hygiene, and suggest treatments that suit them',
    'Work includes client consultations, services from our menu and keeping your station spotless',
  ],
}

const SHIFTS: Readonly<Record<TemplateFamily, readonly string[]>> = {
  driving: ['Duty timing is 8 AM to 8 PM with a weekly off', 'Shifts are 12 hours, day or night duty on rotation', 'Working hours follow the route schedule, six days a week'],
  delivery: ['Choose flexible shifts of 4, 6 or 9 hours in morning, evening or night slots', 'The shift is 10 AM to 7 PM, six days a week', 'Peak-hour slots are 7 AM to 11 AM and 6 PM to 11 PM'],
  telecalling: ['Day shift, 9:30 AM to 6:30 PM, six days a week', 'Rotational shifts with one weekly off, and night shift allowance where it applies', 'Day shift only, Monday to Saturday'],
  'skilled-trades': ['General shift is 9 AM to 6 PM and overtime is paid extra', 'Six days a week, 9 AM to 7 PM, with overtime paid extra'],
  hospitality: ['Straight shifts of 9 hours with one weekly off', 'Rotational shifts including weekends, with a weekly off on a weekday', 'Split shift around lunch and dinner service with a weekly off'],
  healthcare: ['Rotational 8-hour shifts (morning, evening and night) with a weekly off', 'Day shift 8 AM to 4 PM with occasional rotation', '12-hour duty with four days on and two days off'],
  retail: ['Shifts are 10 AM to 7 PM or 1 PM to 10 PM, with a weekly off', 'Rotational shifts with weekends working and a weekday off'],
  'security-housekeeping': ['12-hour duty in day or night rotation with a weekly off', '8-hour shifts on rotation, and accommodation can be arranged'],
  office: ['Working hours are Monday to Saturday, 10 AM to 6:30 PM', 'Monday to Friday, 9:30 AM to 6:30 PM', 'Six-day week with alternate Saturdays off'],
  software: ['Five-day week with flexible hours around core time', 'Monday to Friday, 10 AM to 7 PM', 'Five-day week with an on-call rotation once a month'],
  design: ['Five-day week with flexible hours', 'Monday to Friday, 10 AM to 7 PM', 'Six-day week with alternate Saturdays off'],
  finance: ['Monday to Saturday, 10 AM to 6:30 PM', 'Five-day week, with longer hours during month-end closing', 'Monday to Friday, 9:30 AM to 6:30 PM'],
  sales: ['Field work 9:30 AM to 6:30 PM, six days a week', 'Six-day week with one weekday off', 'Monday to Saturday with flexible hours in the field'],
  teaching: ['School hours are 7:30 AM to 2:30 PM, Monday to Saturday', 'School hours are 8 AM to 3 PM with a half day on Saturday'],
  agriculture: ['Work starts early, 6 AM to 2 PM, with a weekly off', 'Daily timings are 7 AM to 4 PM with overtime during harvest'],
  beauty: ['Salon timings are 10 AM to 8 PM with a weekday off', 'Shifts are 9 hours and weekends are working days', 'Morning and evening batches with a break in between and a weekly off'],
}

/** Where a family's generic lines would read wrong for a role. */
const ROLE_DUTIES: Readonly<Record<string, readonly string[]>> = {
  'warehouse-picker': ['You will scan, pick and pack orders against the pick list and keep the work area safe and orderly'],
  'machine-operator': ['You will run the machine to the production plan, check output quality and report any breakdown immediately'],
  'production-helper': ['You will support the line with material handling, packing and keeping the shop floor clean'],
  'cnc-operator': ['You will set up and run CNC or VMC jobs from drawings, check dimensions and keep the machine in good condition'],
  'quality-inspector': ['You will inspect parts against drawings and standards, record results and hold back anything out of tolerance'],
  'forklift-operator': ['You will move, stack and load pallets safely with the forklift and do daily equipment checks'],
  'logistics-coordinator': ['You will plan dispatches, track shipments and coordinate with transporters and warehouses'],
  'tractor-driver': ['You will operate the tractor for ploughing, sowing and haulage, and keep it serviced'],
  'chat-support-executive': ['You will answer customer chats and emails, resolve issues in writing and tag every ticket correctly'],
  'receptionist': ['You will be the first point of contact for visitors and callers, manage appointments and keep the front desk running smoothly'],
  'front-office-executive': ['You will handle check-ins, reservations and guest requests at the front desk with a warm, professional manner'],
  'digital-marketing-executive': ['You will run and optimise ad campaigns, manage the social media calendar and report on leads and spend'],
  'medical-representative': ['You will meet doctors and chemists on your daily route, present our products and track prescriptions and orders'],
  'collection-executive': ['You will visit customers with overdue payments, collect dues politely and record every visit in the app'],
  'store-manager': ['You will run daily store operations, lead the team and deliver the monthly sales and stock targets'],
  'civil-site-engineer': ['You will supervise daily site work, check quality against drawings and manage labour and material on site'],
  'payroll-executive': ['You will process monthly payroll, handle PF, ESI and TDS filings and answer employee salary queries'],
  'it-support-engineer': ['You will fix laptop, network and printer issues for staff, manage tickets and set up new joiners'],
  'data-analyst': ['You will pull and clean data with SQL and Excel, build dashboards and explain what the numbers mean'],
  'hr-recruiter': ['You will source and screen candidates, schedule interviews and close open positions on time'],
  'hr-executive': ['You will handle onboarding, attendance and employee records, and support HR policies day to day'],
  'facility-supervisor': ['You will supervise housekeeping and security teams, plan duty rosters and run daily audits'],
  'office-boy': ['You will handle pantry service, document runs and photocopying, and keep the office neat'],
  'home-tutor': ['You will teach school students one-to-one or in small groups, set practice work and share progress with parents'],
  'corporate-trainer': ['You will run training sessions, prepare material and check that learners can apply what they learnt'],
  'agriculture-field-officer': ['You will visit farmers, advise on crops and inputs and report field conditions to the regional office'],
  'fitness-trainer': ['You will guide members through workouts, design training plans and keep the gym floor safe'],
  'housemaid': ['You will look after the home as agreed with the family, with cleaning, laundry and kitchen help done carefully'],
  'nanny': ['You will care for the child through the day with meals, hygiene, play and naps, and keep the parents updated'],
}

const FACTORY_SHIFTS = ['The plant runs two shifts (A and B) and overtime is paid as per rules', 'Three-shift operation with weekly rotation and a weekly off']
const SITE_SHIFTS = ['Site timings are 8 AM to 6 PM, six days a week', 'Site work runs 9 AM to 6 PM with Sunday off']

const ROLE_SHIFTS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(['machine-operator', 'cnc-operator', 'production-helper', 'quality-inspector', 'fitter', 'welder'].map((r) => [r, FACTORY_SHIFTS])),
  ...Object.fromEntries(['mason', 'carpenter', 'civil-site-engineer'].map((r) => [r, SITE_SHIFTS])),
  'warehouse-picker': ['The warehouse runs three 8-hour shifts, and night shift gets an allowance'],
  'inventory-executive': ['General shift 9 AM to 6 PM, six days a week', 'The warehouse runs two shifts and stock counts happen at month end'],
  'home-tutor': ['Evening slots of 2 to 3 hours a day, timings fixed with parents', 'Weekend and evening batches, about 15 hours a week'],
  'corporate-trainer': ['Sessions run during office hours, Monday to Friday', 'Monday to Saturday, with occasional travel to branches'],
  'agriculture-field-officer': ['Field visits six days a week, with a weekly review at the office'],
  'fitness-trainer': ['Split shift, 6 AM to 11 AM and 5 PM to 10 PM, with a weekly off'],
  'housemaid': ['Fixed day timings agreed with the family, with one day off a week', 'Live-in role with food and stay provided and one day off a week'],
  'nanny': ['Fixed day timings agreed with the family, with one day off a week', 'Live-in role with food and stay provided and one day off a week'],
  'patient-caretaker': ['12-hour day or night duty at the patient\'s home, with food provided', 'Rotational 8-hour shifts with a weekly off'],
}

const BLUE_BENEFITS = ['PF and ESI', 'overtime pay', 'uniform provided', 'accident insurance', 'attendance bonus', 'festival bonus', 'free meals on duty', 'accommodation support', 'a joining bonus of ₹2,000'] as const
const VEHICLE_BENEFITS = ['fuel allowance', 'daily and weekly incentives', 'weekly payouts', 'bike maintenance support'] as const
const WHITE_BENEFITS = ['health insurance', 'PF', 'paid leave', 'performance bonus', 'annual appraisal', 'learning budget', 'gratuity', 'meal coupons', 'laptop provided'] as const
const INTERN_BENEFITS = ['a monthly stipend', 'a completion certificate', 'mentorship from senior staff', 'flexible hours'] as const
const CLOSINGS = [
  'Immediate joiners are preferred',
  'Walk-in interviews run Monday to Saturday, 11 AM to 4 PM',
  'Apply on AIVIUE and our team will call you within 48 hours',
  'Interviews are held the same week and offers follow quickly',
  'Women candidates are encouraged to apply',
] as const

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------
const WINDOW_MINUTES = DEMO_JOB_WINDOW_DAYS * 24 * 60

const roundTo = (n: number, step: number) => Math.round(n / step) * step
const listJoin = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

function formatMonths(m: number): string {
  if (m % 12 === 0) return m === 12 ? '1 year' : `${m / 12} years`
  return `${m} months`
}

const isFarmRole = (role: RoleSeed) => role.categories.includes('agriculture')

/** Farm work happens outside metros; everything else can be anywhere. */
function cityFits(role: RoleSeed, c: DemoCity): boolean {
  return !isFarmRole(role) || c.tier > 1
}

type Context = {
  rng: Rng
  now: Date
  seed: number
  employerUse: Map<string, number>
  roleQueue: RoleSeed[]
  cityQueue: DemoCity[]
}

function nextRole(ctx: Context): RoleSeed {
  return ctx.roleQueue.shift() ?? ctx.rng.weighted(ROLES, (r) => DEMAND[r.slug] ?? 1)
}

/** The first jobs walk a shuffled list of every city so each one appears; then by weight. */
function nextCity(ctx: Context, role: RoleSeed): DemoCity {
  const i = ctx.cityQueue.findIndex((c) => cityFits(role, c))
  if (i >= 0) return ctx.cityQueue.splice(i, 1)[0]
  return ctx.rng.weighted(DEMO_CITIES.filter((c) => cityFits(role, c)), (c) => c.weight)
}

/** Least-used employer that hires for the role; spreads jobs over all of them. */
function nextEmployer(ctx: Context, role: RoleSeed): DemoEmployer {
  const eligible = DEMO_EMPLOYERS.filter((e) => e.roles.includes(role.slug))
  if (eligible.length === 0) throw new Error(`no demo employer hires for role ${role.slug}`)
  const fewest = Math.min(...eligible.map((e) => ctx.employerUse.get(e.slug) ?? 0))
  const chosen = ctx.rng.pick(eligible.filter((e) => (ctx.employerUse.get(e.slug) ?? 0) === fewest))
  ctx.employerUse.set(chosen.slug, fewest + 1)
  return chosen
}

function pickWorkMode(rng: Rng, role: RoleSeed): WorkMode {
  if (role.jobType === 'blue_collar') return 'onsite'
  const r = rng.float()
  if (role.workModes.includes('remote')) return r < 0.55 ? 'onsite' : r < 0.8 ? 'hybrid' : 'remote'
  if (role.workModes.includes('hybrid')) return r < 0.7 ? 'onsite' : 'hybrid'
  return 'onsite'
}

function pickEmploymentType(rng: Rng, role: RoleSeed): EmploymentType {
  const r = rng.float()
  if (role.slug === 'home-tutor') return r < 0.7 ? 'part_time' : 'full_time'
  if (role.templateFamily === 'delivery') return r < 0.65 ? 'full_time' : r < 0.9 ? 'part_time' : 'contract'
  if (role.templateFamily === 'security-housekeeping') return r < 0.7 ? 'full_time' : 'contract'
  if (role.jobType === 'white_collar' && role.experienceMonths.min === 0 && r < 0.08) return 'internship'
  return r < 0.86 ? 'full_time' : r < 0.96 ? 'contract' : 'part_time'
}

function pickLanguages(rng: Rng, role: RoleSeed, stateCode: string, workMode: WorkMode): string[] {
  const regional = STATE_LANGUAGE[stateCode] ?? 'Hindi'
  let langs: string[]
  if (workMode === 'remote') langs = ['English', 'Hindi']
  else if (role.templateFamily === 'telecalling') langs = ['Hindi', 'English', regional]
  else if (role.jobType === 'white_collar') langs = rng.chance(0.5) ? ['English', regional] : ['English']
  else langs = rng.chance(0.6) ? [regional, 'Hindi'] : [regional]
  // in the Hindi belt the regional language is Hindi itself, hence the dedupe and top-up
  langs = [...new Set(langs)]
  for (const extra of ['English', 'Hindi']) {
    if (langs.length < role.requirements.minLanguages && !langs.includes(extra)) langs.push(extra)
  }
  return langs
}

type Pay = { salaryMin: number; salaryMax: number; expMin: number; expMax: number | null }

/**
 * Seniority drives both experience and pay so they agree; smaller cities pay less. Skewed towards
 * junior openings, which is what most postings are.
 */
function pickPay(rng: Rng, role: RoleSeed, tier: Tier, employment: EmploymentType): Pay {
  const seniority = rng.float() ** 1.6
  const { min: eLo, max: eHi } = role.experienceMonths
  const { min: sLo, max: sHi } = role.salaryMonthly
  if (employment === 'internship') {
    const stipend = roundTo(Math.max(5000, sLo * 0.55 * TIER_PAY[tier]), 500)
    return { salaryMin: stipend, salaryMax: stipend + roundTo(stipend * 0.4, 500), expMin: 0, expMax: 12 }
  }
  const rawExp = eLo + seniority * (eHi - eLo) * 0.5
  const expMin = rawExp < 24 ? roundTo(rawExp, 6) : roundTo(rawExp, 12)
  const expMax = rng.chance(role.jobType === 'blue_collar' ? 0.4 : 0.2) ? null : Math.min(eHi + 24, expMin + rng.pick([12, 24, 36, 48]))
  const scale = TIER_PAY[tier] * (0.93 + rng.float() * 0.14)
  const lo = (sLo + seniority * (sHi - sLo) * 0.6) * scale
  const hi = Math.min(sHi * 1.15 * scale, lo + (sHi - sLo) * (0.25 + rng.float() * 0.35))
  const salaryMin = Math.max(8000, roundTo(lo, 500))
  const salaryMax = Math.max(salaryMin + 1000, roundTo(hi, 500))
  return { salaryMin, salaryMax, expMin, expMax }
}

function pickOpenings(rng: Rng, role: RoleSeed): number {
  if (role.jobType === 'white_collar') return rng.int(1, 5)
  // a household hires one helper, not thirty
  if (role.categories[0] === 'domestic-help') return rng.int(1, 2)
  if (['delivery', 'telecalling', 'security-housekeeping'].includes(role.templateFamily) || role.slug === 'warehouse-picker') return rng.int(3, 40)
  return rng.int(1, 10)
}

function pickBenefits(rng: Rng, role: RoleSeed, workMode: WorkMode, internship: boolean): string[] {
  if (internship) return rng.shuffle(INTERN_BENEFITS).slice(0, 2)
  if (role.jobType === 'white_collar') {
    const pool = workMode === 'onsite' ? WHITE_BENEFITS.filter((b) => b !== 'laptop provided') : WHITE_BENEFITS
    return rng.shuffle(pool).slice(0, rng.int(2, 4))
  }
  const needsVehicle = role.requirements.twoWheeler
  const picks = rng.shuffle(BLUE_BENEFITS).slice(0, rng.int(2, 3))
  return needsVehicle ? [...rng.shuffle(VEHICLE_BENEFITS).slice(0, 2), ...picks.slice(0, 2)] : picks
}

type DescriptionInput = {
  company: string
  title: string
  internship: boolean
  role: RoleSeed
  place: string
  openings: number
  pay: Pay
  workMode: WorkMode
  cityName: string
  requirements: DemoJob['requirements']
}

function composeDescription(rng: Rng, d: DescriptionInput): string {
  const intro = rng.pick([
    `${d.company} is hiring ${d.openings > 1 ? `${d.openings} people` : 'one person'} for the ${d.title} role ${d.place}`,
    `${d.company} has ${d.openings > 1 ? `${d.openings} openings` : 'an opening'} for ${d.title} ${d.place}`,
    `Join ${d.company} as ${d.title} ${d.place}`,
  ])

  const needs: string[] = []
  if (d.internship) needs.push('this is a paid internship for students and freshers, with a job offer for strong performers')
  else needs.push(d.pay.expMin === 0 ? 'freshers are welcome' : `at least ${formatMonths(d.pay.expMin)} of relevant experience is needed`)
  if (d.requirements.twoWheeler) needs.push('a valid driving licence and your own two-wheeler are required')
  else if (d.requirements.drivingLicence) needs.push('a valid driving licence is required')
  const langs = d.requirements.languages
  if (d.requirements.minLanguages > 1 && langs.length > d.requirements.minLanguages) {
    needs.push(`you should speak at least ${d.requirements.minLanguages} of ${listJoin(langs)}`)
  } else if (d.requirements.minLanguages > 1) needs.push(`you should speak ${listJoin(langs)}`)
  else if (langs.length > 0) needs.push(`you should be comfortable in ${listJoin(langs)}`)

  const shift =
    d.workMode === 'remote'
      ? 'This is a fully remote role, so you need a laptop and a stable internet connection'
      : d.workMode === 'hybrid'
        ? `This is a hybrid role with three office days a week in ${d.cityName}`
        : rng.pick(ROLE_SHIFTS[d.role.slug] ?? SHIFTS[d.role.templateFamily])

  const sentences = [
    intro,
    rng.pick(ROLE_DUTIES[d.role.slug] ?? DUTIES[d.role.templateFamily]),
    capitalise(needs.join('; ')),
    shift,
    `Benefits include ${listJoin(pickBenefits(rng, d.role, d.workMode, d.internship))}`,
  ]
  if (rng.chance(0.5)) sentences.push(rng.pick(d.workMode === 'remote' ? CLOSINGS.filter((c) => !c.startsWith('Walk-in')) : CLOSINGS))
  return sentences.map((s) => `${s}.`).join(' ')
}

/**
 * The first jobs pair the roles people search for most with the metros where they are hired, so a
 * fresh install can show a Mumbai rider delivery jobs nearby and a Bengaluru developer IT jobs;
 * independent random picks would leave such obvious pairs to chance.
 */
const ANCHOR_METROS = ['Mumbai', 'Delhi', 'Bengaluru', 'Hyderabad', 'Chennai', 'Pune', 'Kolkata', 'Ahmedabad'] as const
const ANCHOR_ROLES: Record<(typeof ANCHOR_METROS)[number], readonly string[]> = {
  Mumbai: ['delivery-boy', 'delivery-boy', 'telecaller', 'security-guard', 'software-developer', 'cab-driver'],
  Delhi: ['delivery-boy', 'telecaller', 'driver', 'retail-sales-associate', 'frontend-developer'],
  Bengaluru: ['frontend-developer', 'full-stack-developer', 'software-developer', 'delivery-boy', 'customer-support-executive'],
  Hyderabad: ['backend-developer', 'delivery-boy', 'telecaller', 'staff-nurse'],
  Chennai: ['delivery-boy', 'machine-operator', 'software-developer', 'cook'],
  Pune: ['delivery-boy', 'software-developer', 'electrician', 'field-sales-executive'],
  Kolkata: ['delivery-boy', 'telecaller', 'accountant'],
  Ahmedabad: ['delivery-boy', 'machine-operator', 'data-entry-operator'],
}
const ANCHORS: readonly { role: string; city: string }[] = ANCHOR_METROS.flatMap((c) => ANCHOR_ROLES[c].map((role) => ({ role, city: c })))

function anchorFor(index: number): { role: RoleSeed; city: DemoCity } | null {
  const anchor = ANCHORS[index]
  if (!anchor) return null
  const role = ROLES.find((r) => r.slug === anchor.role)
  const demoCity = DEMO_CITIES.find((c) => c.name === anchor.city)
  if (!role || !demoCity) throw new Error(`demo anchor ${anchor.role} in ${anchor.city} is unknown`)
  return { role, city: demoCity }
}

function generateOne(ctx: Context, index: number): DemoJob {
  const { rng } = ctx
  const anchor = anchorFor(index)
  const role = anchor?.role ?? nextRole(ctx)
  const demoCity = anchor?.city ?? nextCity(ctx, role)
  const resolved = findCity(demoCity.name)
  if (!resolved) throw new Error(`demo city ${demoCity.name} is not in the city dataset`)
  const employer = nextEmployer(ctx, role)
  const workMode = pickWorkMode(rng, role)
  const employmentType = pickEmploymentType(rng, role)

  const withLocality = workMode !== 'remote' && !isFarmRole(role) && demoCity.localities.length > 0 && rng.chance(0.85)
  const [locality, localityPin] = withLocality ? rng.pick(demoCity.localities) : [null, null]
  const pinCode = String(localityPin ?? demoCity.pin + rng.int(0, 20))

  const baseTitle = rng.pick(TITLE_VARIANTS[role.slug] ?? [role.name])
  let title = baseTitle
  if (employmentType === 'internship') title = baseTitle.includes('–') ? `${baseTitle} (Internship)` : `${baseTitle} – Internship`
  // "Electrician – Andheri East", but never "Cab Driver – Airport Runs – Jayanagar"
  else if (locality && !/[–(]/.test(baseTitle) && rng.chance(0.3)) title = `${baseTitle} – ${locality}`

  const pay = pickPay(rng, role, demoCity.tier, employmentType)
  const openings = employmentType === 'internship' ? rng.int(1, 3) : pickOpenings(rng, role)
  const requirements: DemoJob['requirements'] = {
    drivingLicence: role.requirements.drivingLicence,
    twoWheeler: role.requirements.twoWheeler,
    minLanguages: role.requirements.minLanguages,
    languages: pickLanguages(rng, role, resolved.stateCode, workMode),
  }
  const place =
    workMode === 'remote' ? `(remote, working with our ${resolved.name} team)` : locality ? `at ${locality}, ${resolved.name}` : `in ${resolved.name}`
  const description = composeDescription(rng, {
    company: employer.name.replace(/\s*\(Demo\)$/, ''),
    title: baseTitle,
    internship: employmentType === 'internship',
    role,
    place,
    openings,
    pay,
    workMode,
    cityName: resolved.name,
    requirements,
  })
  const skills = rng.shuffle(role.suggestedSkills).slice(0, rng.int(3, Math.min(6, role.suggestedSkills.length)))
  const minutesAgo = rng.int(0, WINDOW_MINUTES - 1)

  return {
    key: `demo-${ctx.seed}-${String(index + 1).padStart(4, '0')}`,
    employerSlug: employer.slug,
    title,
    roleSlug: role.slug,
    categorySlugs: [...role.categories],
    jobType: role.jobType,
    city: resolved.name,
    cityId: resolved.id,
    state: resolved.state,
    lat: resolved.lat,
    lng: resolved.lng,
    locality,
    pinCode,
    workMode,
    employmentType,
    salaryMinMonthly: pay.salaryMin,
    salaryMaxMonthly: pay.salaryMax,
    experienceMinMonths: pay.expMin,
    experienceMaxMonths: pay.expMax,
    requirements,
    description,
    skills,
    openings,
    publishedAt: new Date(ctx.now.getTime() - minutesAgo * 60_000),
    isDemo: true,
  }
}

/**
 * Same `seed` and `now` ⇒ the same jobs, in the same order. Job n depends only on jobs before it,
 * so a larger `count` extends the list without changing the first jobs. The first jobs cover every
 * role (hence every category) and every demo city; employers are spread evenly.
 * `publishedAt` falls within the DEMO_JOB_WINDOW_DAYS before `now`.
 */
export function generateDemoJobs(opts: { seed: number; count: number; now: Date }): DemoJob[] {
  const rng = new Rng(opts.seed)
  const ctx: Context = {
    rng,
    now: opts.now,
    seed: opts.seed,
    employerUse: new Map(),
    roleQueue: rng.shuffle(ROLES),
    cityQueue: rng.shuffle(DEMO_CITIES),
  }
  const jobs: DemoJob[] = []
  for (let i = 0; i < Math.max(0, Math.floor(opts.count)); i++) jobs.push(generateOne(ctx, i))
  return jobs
}

