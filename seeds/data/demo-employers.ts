import type { CategorySlug } from './categories'
import { ROLE_BY_SLUG } from './roles'

/**
 * Clearly fictional employers that own the demo jobs. They are marked `is_demo` (every job of
 * theirs shows one small "Demo" badge; a "(Demo)" suffix on the name as well was one marker too
 * many and got names truncated on phones) and every email domain is under `demo.aiviue.in`, so
 * nobody mistakes them for real companies and no mail can reach a real inbox. Each lists the roles it hires for, so demo jobs stay plausible (a hospital
 * posts nurse jobs, not welder jobs).
 */
export type DemoEmployer = {
  slug: string
  name: string
  industry: string
  /** canonical city name (resolves with `findCity`) */
  city: string
  emailDomain: string
  contactName: string
  contactEmail: string
  about: string
  /** role slugs this employer posts jobs for */
  roles: readonly string[]
  /** categories of those roles */
  categories: readonly CategorySlug[]
}

type EmployerInput = Pick<DemoEmployer, 'slug' | 'name' | 'industry' | 'city' | 'contactName' | 'about' | 'roles'>

export const DEMO_EMAIL_SUFFIX = '.demo.aiviue.in'

function employer(e: EmployerInput): DemoEmployer {
  const emailDomain = `${e.slug}${DEMO_EMAIL_SUFFIX}`
  const categories = new Set<CategorySlug>()
  for (const slug of e.roles) {
    const role = ROLE_BY_SLUG.get(slug)
    if (!role) throw new Error(`demo employer ${e.slug} hires for unknown role ${slug}`)
    role.categories.forEach((c) => categories.add(c))
  }
  return { ...e, emailDomain, contactEmail: `hiring@${emailDomain}`, categories: [...categories] }
}

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  employer({ slug: 'sahyadri-quick-logistics', name: 'Sahyadri Quick Logistics', industry: 'Logistics & last-mile delivery', city: 'Pune', contactName: 'Rohan Kulkarni',
    about: 'Same-day parcel delivery across western Maharashtra from twelve dark stores.', roles: ['delivery-boy', 'warehouse-picker', 'forklift-operator', 'logistics-coordinator', 'truck-driver'] }),
  employer({ slug: 'gullybox-express', name: 'GullyBox Express Couriers', industry: 'Courier services', city: 'Mumbai', contactName: 'Farah Shaikh',
    about: 'Hyperlocal courier network for small shops and home businesses.', roles: ['delivery-boy', 'customer-support-executive', 'logistics-coordinator', 'office-boy'] }),
  employer({ slug: 'tiffinwala-kitchens', name: 'Tiffinwala Cloud Kitchens', industry: 'Cloud kitchens & food delivery', city: 'Bengaluru', contactName: 'Meera Rao',
    about: 'Home-style meals cooked in central kitchens and delivered hot within 30 minutes.', roles: ['cook', 'kitchen-helper', 'delivery-boy', 'waiter'] }),
  employer({ slug: 'chaipatti-cafe', name: 'Chaipatti Café Collective', industry: 'Cafés', city: 'Delhi', contactName: 'Arjun Malhotra',
    about: 'A chain of neighbourhood tea and coffee cafés.', roles: ['barista', 'waiter', 'kitchen-helper', 'cashier', 'store-manager'] }),
  employer({ slug: 'nilgiri-mist-resorts', name: 'Nilgiri Mist Resorts', industry: 'Hotels & resorts', city: 'Coimbatore', contactName: 'Lakshmi Narayanan',
    about: 'Boutique hill resorts with in-house restaurants and spas.', roles: ['front-office-executive', 'housekeeping-staff', 'cook', 'spa-therapist', 'waiter', 'security-guard'] }),
  employer({ slug: 'rasoi-ghar-dining', name: 'Rasoi Ghar Family Dining', industry: 'Restaurants', city: 'Jaipur', contactName: 'Kavita Shekhawat',
    about: 'Family restaurants serving Rajasthani and North Indian thalis.', roles: ['cook', 'waiter', 'kitchen-helper', 'cashier'] }),
  employer({ slug: 'tamarind-grove-hospitals', name: 'Tamarind Grove Hospitals', industry: 'Hospitals', city: 'Chennai', contactName: 'Dr. Anitha Subramanian',
    about: 'Multi-speciality hospitals with 24×7 emergency care.', roles: ['staff-nurse', 'ward-boy', 'lab-technician', 'pharmacist', 'receptionist', 'housekeeping-staff'] }),
  employer({ slug: 'arogyam-path-labs', name: 'Arogyam Path Labs', industry: 'Diagnostics', city: 'Hyderabad', contactName: 'Srinivas Reddy',
    about: 'Diagnostic labs and home sample collection across Telangana.', roles: ['lab-technician', 'customer-support-executive', 'delivery-boy', 'receptionist'] }),
  employer({ slug: 'jeevanbooti-pharmacy', name: 'JeevanBooti Pharmacy Chain', industry: 'Pharmacy retail', city: 'Lucknow', contactName: 'Nidhi Srivastava',
    about: 'Neighbourhood pharmacies with home delivery of medicines.', roles: ['pharmacist', 'cashier', 'delivery-boy', 'inventory-executive', 'accounts-executive'] }),
  employer({ slug: 'gharseva-homecare', name: 'GharSeva Home Care', industry: 'Home healthcare', city: 'Delhi', contactName: 'Sunita Bhatia',
    about: 'Trained attendants and nurses for patients and elders at home.', roles: ['patient-caretaker', 'staff-nurse', 'telecaller'] }),
  employer({ slug: 'vidyaankur-schools', name: 'Vidyaankur Public Schools', industry: 'K-12 education', city: 'Bhopal', contactName: 'Rajesh Dubey',
    about: 'CBSE schools with smart classrooms and school transport.', roles: ['teacher', 'bus-driver', 'receptionist', 'office-admin-executive', 'accountant'] }),
  employer({ slug: 'gyaansetu-tutors', name: 'GyaanSetu Tutors', industry: 'EdTech', city: 'Kolkata', contactName: 'Debjani Ghosh',
    about: 'Live online and home tuition for school students.', roles: ['home-tutor', 'inside-sales-executive', 'telecaller', 'content-writer', 'chat-support-executive'] }),
  employer({ slug: 'deccan-forge-works', name: 'Deccan Forge Works', industry: 'Steel fabrication', city: 'Hyderabad', contactName: 'Venkat Rao',
    about: 'Structural steel fabrication for warehouses and factories.', roles: ['welder', 'fitter', 'cnc-operator', 'quality-inspector', 'production-helper', 'civil-site-engineer'] }),
  employer({ slug: 'narmada-auto-parts', name: 'Narmada Auto Parts', industry: 'Auto components', city: 'Chennai', contactName: 'Karthik Raman',
    about: 'Precision machined parts for two-wheeler and tractor makers.', roles: ['cnc-operator', 'machine-operator', 'quality-inspector', 'fitter', 'forklift-operator', 'production-helper'] }),
  employer({ slug: 'rann-weaves-textiles', name: 'Rann Weaves Textiles', industry: 'Textiles', city: 'Surat', contactName: 'Hetal Patel',
    about: 'Weaving and processing of synthetic fabrics.', roles: ['machine-operator', 'production-helper', 'quality-inspector', 'accounts-executive', 'electrician'] }),
  employer({ slug: 'noyyal-knit-exports', name: 'Noyyal Knit Exports', industry: 'Garment exports', city: 'Tiruppur', contactName: 'Senthil Kumar',
    about: 'Knitwear manufacturing for export markets.', roles: ['machine-operator', 'production-helper', 'quality-inspector', 'hr-executive', 'payroll-executive'] }),
  employer({ slug: 'shilpi-infra-builders', name: 'Shilpi Infra Builders', industry: 'Construction', city: 'Ahmedabad', contactName: 'Mehul Desai',
    about: 'Residential towers and commercial complexes in Gujarat.', roles: ['mason', 'civil-site-engineer', 'electrician', 'plumber', 'carpenter', 'security-guard', 'welder'] }),
  employer({ slug: 'pukkaghar-interiors', name: 'PukkaGhar Interiors', industry: 'Home interiors', city: 'Bengaluru', contactName: 'Divya Hegde',
    about: 'Modular kitchens, wardrobes and full-home interiors.', roles: ['carpenter', 'graphic-designer', 'field-sales-executive', 'inside-sales-executive'] }),
  employer({ slug: 'thandak-cooling-services', name: 'Thandak Cooling Services', industry: 'AC & appliance services', city: 'Delhi', contactName: 'Imran Qureshi',
    about: 'Installation and annual maintenance of air-conditioners.', roles: ['ac-technician', 'electrician', 'telecaller', 'customer-support-executive'] }),
  employer({ slug: 'surakshit-kavach-security', name: 'Surakshit Kavach Security', industry: 'Security services', city: 'Gurugram', contactName: 'Col. (Retd.) Vikram Yadav',
    about: 'Manned guarding for offices, societies and warehouses.', roles: ['security-guard', 'facility-supervisor'] }),
  employer({ slug: 'chamak-facility-management', name: 'Chamak Facility Management', industry: 'Facility management', city: 'Mumbai', contactName: 'Sneha Pawar',
    about: 'Housekeeping, pantry and technical staff for corporate campuses.', roles: ['housekeeping-staff', 'facility-supervisor', 'office-boy', 'electrician', 'plumber'] }),
  employer({ slug: 'jhatpat-kirana', name: 'Jhatpat Kirana Quick Commerce', industry: 'Quick commerce', city: 'Bengaluru', contactName: 'Naveen Gowda',
    about: 'Groceries delivered in 15 minutes from neighbourhood dark stores.', roles: ['delivery-boy', 'warehouse-picker', 'inventory-executive', 'chat-support-executive', 'store-manager'] }),
  employer({ slug: 'bazaarbay-supermarts', name: 'BazaarBay Supermarts', industry: 'Supermarkets', city: 'Hyderabad', contactName: 'Swathi Varma',
    about: 'Supermarkets for daily groceries and household goods.', roles: ['cashier', 'retail-sales-associate', 'store-manager', 'security-guard', 'inventory-executive'] }),
  employer({ slug: 'rangmahal-fashion', name: 'Rangmahal Fashion Stores', industry: 'Apparel retail', city: 'Kolkata', contactName: 'Sourav Banerjee',
    about: 'Ethnic and festive wear stores across eastern India.', roles: ['retail-sales-associate', 'store-manager', 'cashier', 'graphic-designer'] }),
  employer({ slug: 'mandimela-marketplace', name: 'MandiMela Marketplace', industry: 'E-commerce', city: 'Noida', contactName: 'Ankit Agarwal',
    about: 'Online marketplace for small-town sellers.', roles: ['chat-support-executive', 'customer-support-executive', 'software-developer', 'frontend-developer', 'backend-developer', 'warehouse-picker', 'digital-marketing-executive', 'data-entry-operator', 'data-analyst'] }),
  employer({ slug: 'sampark-sutra-bpo', name: 'Sampark Sutra BPO', industry: 'BPO', city: 'Mohali', contactName: 'Harpreet Kaur',
    about: 'Voice and non-voice support for banks and telecom clients.', roles: ['customer-support-executive', 'chat-support-executive', 'telecaller', 'hr-recruiter', 'hr-executive', 'corporate-trainer', 'it-support-engineer'] }),
  employer({ slug: 'awaaz-contact-centre', name: 'Awaaz Contact Centre', industry: 'Contact centre', city: 'Indore', contactName: 'Pooja Jain',
    about: 'Multilingual inbound and outbound calling for consumer brands.', roles: ['telecaller', 'customer-support-executive', 'inside-sales-executive', 'corporate-trainer'] }),
  employer({ slug: 'pragati-paisa-microfinance', name: 'Pragati Paisa Microfinance', industry: 'Microfinance', city: 'Nagpur', contactName: 'Sachin Deshmukh',
    about: 'Small business and two-wheeler loans for first-time borrowers.', roles: ['collection-executive', 'field-sales-executive', 'accountant', 'telecaller', 'financial-analyst'] }),
  employer({ slug: 'bahikhata-accounting', name: 'BahiKhata Accounting Services', industry: 'Accounting & tax services', city: 'Vadodara', contactName: 'Jignesh Shah',
    about: 'Bookkeeping, GST and payroll services for MSMEs.', roles: ['accountant', 'accounts-executive', 'payroll-executive', 'data-entry-operator'] }),
  employer({ slug: 'suraksha-chakra-insurance', name: 'Suraksha Chakra Insurance Brokers', industry: 'Insurance broking', city: 'Kochi', contactName: 'Anoop Menon',
    about: 'Health and motor insurance advice for families.', roles: ['inside-sales-executive', 'telecaller', 'business-development-executive', 'customer-support-executive'] }),
  employer({ slug: 'codekaari-labs', name: 'CodeKaari Labs', industry: 'Software products', city: 'Bengaluru', contactName: 'Aditya Iyer',
    about: 'Builds SaaS tools for Indian small businesses.', roles: ['full-stack-developer', 'frontend-developer', 'backend-developer', 'ui-ux-designer', 'qa-engineer', 'hr-recruiter'] }),
  employer({ slug: 'bytebazaar-technologies', name: 'ByteBazaar Technologies', industry: 'SaaS', city: 'Pune', contactName: 'Shruti Joshi',
    about: 'Inventory and billing software for retailers.', roles: ['software-developer', 'full-stack-developer', 'qa-engineer', 'business-development-executive', 'inside-sales-executive', 'data-analyst'] }),
  employer({ slug: 'neelgagan-softech', name: 'Neelgagan Softech', industry: 'IT services', city: 'Hyderabad', contactName: 'Prasad Naidu',
    about: 'Custom software and QA services for global clients.', roles: ['software-developer', 'backend-developer', 'qa-engineer', 'it-support-engineer', 'data-analyst', 'hr-recruiter'] }),
  employer({ slug: 'kaagaz-kalam-studio', name: 'Kaagaz Kalam Digital Studio', industry: 'Design & marketing agency', city: 'Mumbai', contactName: 'Tanvi Mehta',
    about: 'Brand design, content and social media for D2C brands.', roles: ['graphic-designer', 'ui-ux-designer', 'video-editor', 'content-writer', 'digital-marketing-executive'] }),
  employer({ slug: 'rangoli-reels-media', name: 'Rangoli Reels Media', industry: 'Digital media', city: 'Chennai', contactName: 'Vignesh Babu',
    about: 'Regional-language video content for streaming and social platforms.', roles: ['video-editor', 'content-writer', 'graphic-designer'] }),
  employer({ slug: 'khet-khazana-agro', name: 'Khet Khazana Agro Farms', industry: 'Agriculture', city: 'Nashik', contactName: 'Ganesh Shinde',
    about: 'Grape and vegetable farms with polyhouse cultivation.', roles: ['farm-worker', 'tractor-driver', 'agriculture-field-officer', 'truck-driver'] }),
  employer({ slug: 'makkhan-meadows-dairy', name: 'Makkhan Meadows Dairy', industry: 'Dairy', city: 'Karnal', contactName: 'Baljeet Singh',
    about: 'Dairy farm and milk processing unit supplying Delhi NCR.', roles: ['dairy-farm-worker', 'farm-worker', 'tractor-driver', 'delivery-boy', 'machine-operator'] }),
  employer({ slug: 'beejshakti-agri-inputs', name: 'BeejShakti Agri Inputs', industry: 'Seeds & fertilisers', city: 'Indore', contactName: 'Mahesh Patidar',
    about: 'Seeds, crop nutrition and advisory for farmers in central India.', roles: ['agriculture-field-officer', 'field-sales-executive', 'accounts-executive'] }),
  employer({ slug: 'nikhaar-salon-spa', name: 'Nikhaar Salon & Spa', industry: 'Salons & spas', city: 'Chandigarh', contactName: 'Simran Gill',
    about: 'Unisex salons and day spas.', roles: ['hair-stylist', 'beautician', 'spa-therapist', 'receptionist'] }),
  employer({ slug: 'sundarta-beauty-studio', name: 'Sundarta Beauty Studio', industry: 'Beauty services', city: 'Lucknow', contactName: 'Ayesha Siddiqui',
    about: 'Beauty studios and at-home beauty services.', roles: ['beautician', 'hair-stylist'] }),
  employer({ slug: 'dumdaar-fitness', name: 'DumDaar Fitness Clubs', industry: 'Gyms & fitness', city: 'Gurugram', contactName: 'Rahul Chauhan',
    about: 'Neighbourhood gyms with group classes and personal training.', roles: ['fitness-trainer', 'receptionist', 'inside-sales-executive', 'housekeeping-staff'] }),
  employer({ slug: 'yatrasaathi-cabs', name: 'YatraSaathi Cabs', industry: 'Cab services', city: 'Hyderabad', contactName: 'Mohammed Azhar',
    about: 'Airport and outstation cabs with company-owned cars.', roles: ['cab-driver', 'driver', 'customer-support-executive'] }),
  employer({ slug: 'sadakse-freight', name: 'SadakSe Freight Carriers', industry: 'Road freight', city: 'Nagpur', contactName: 'Prakash Wankhede',
    about: 'Full-truckload freight across central and western India.', roles: ['truck-driver', 'logistics-coordinator', 'accounts-executive'] }),
  employer({ slug: 'godaam-warehousing', name: 'Godaam Warehousing Solutions', industry: 'Warehousing', city: 'Bhiwandi', contactName: 'Nilesh Patil',
    about: 'Grade-A warehouses and fulfilment for e-commerce sellers.', roles: ['warehouse-picker', 'forklift-operator', 'inventory-executive', 'security-guard', 'logistics-coordinator'] }),
  employer({ slug: 'kaamkaaj-staffing', name: 'KaamKaaj Staffing Solutions', industry: 'Staffing', city: 'Delhi', contactName: 'Manish Tiwari',
    about: 'Temporary and permanent staffing for offices and factories.', roles: ['hr-recruiter', 'hr-executive', 'payroll-executive', 'data-entry-operator', 'office-admin-executive', 'security-guard', 'housekeeping-staff', 'office-boy', 'receptionist'] }),
  employer({ slug: 'sahayak-home-services', name: 'Sahayak Home Services', industry: 'Domestic staffing', city: 'Bengaluru', contactName: 'Roopa Shetty',
    about: 'Verified maids, cooks, nannies and drivers for homes.', roles: ['housemaid', 'nanny', 'cook', 'driver', 'patient-caretaker'] }),
  employer({ slug: 'aangan-realty', name: 'Aangan Realty Advisors', industry: 'Real estate', city: 'Thane', contactName: 'Amit Sawant',
    about: 'Residential sales and site management for developers.', roles: ['field-sales-executive', 'business-development-executive', 'civil-site-engineer', 'office-admin-executive', 'telecaller'] }),
  employer({ slug: 'kalpataru-coop-bank', name: 'Kalpataru Sahakari Bank', industry: 'Co-operative banking', city: 'Mangaluru', contactName: 'Ramesh Shenoy',
    about: 'Co-operative bank serving coastal Karnataka.', roles: ['accountant', 'cashier', 'customer-support-executive', 'collection-executive', 'financial-analyst', 'office-boy'] }),
  employer({ slug: 'meghdoot-yatra-travels', name: 'Meghdoot Yatra Travels', industry: 'Travel & tours', city: 'Guwahati', contactName: 'Bikash Bora',
    about: 'Tour packages and transport across the North East.', roles: ['driver', 'bus-driver', 'customer-support-executive', 'front-office-executive'] }),
  employer({ slug: 'ujala-solar-electricals', name: 'Ujala Solar & Electricals', industry: 'Solar installation', city: 'Jaipur', contactName: 'Deepak Choudhary',
    about: 'Rooftop solar and electrical contracting for homes and factories.', roles: ['electrician', 'field-sales-executive', 'civil-site-engineer', 'welder'] }),
  employer({ slug: 'ayurjyoti-pharma', name: 'Ayurjyoti Pharma Labs', industry: 'Pharmaceuticals', city: 'Ahmedabad', contactName: 'Nirav Trivedi',
    about: 'Generic medicines made in a WHO-GMP plant and sold through doctors and chemists.', roles: ['medical-representative', 'machine-operator', 'quality-inspector', 'production-helper', 'pharmacist'] }),
  employer({ slug: 'swasthya-clinics', name: 'Swasthya Neighbourhood Clinics', industry: 'Primary care clinics', city: 'Bhubaneswar', contactName: 'Dr. Pradeep Mohanty',
    about: 'Walk-in clinics with pharmacy and lab services.', roles: ['staff-nurse', 'pharmacist', 'receptionist', 'lab-technician'] }),
  employer({ slug: 'shikshadeep-coaching', name: 'Shikshadeep Coaching Centre', industry: 'Coaching', city: 'Patna', contactName: 'Alok Sinha',
    about: 'Entrance-exam coaching for engineering and medical aspirants.', roles: ['teacher', 'home-tutor', 'telecaller', 'office-admin-executive'] }),
]

export const DEMO_EMPLOYER_BY_SLUG: ReadonlyMap<string, DemoEmployer> = new Map(DEMO_EMPLOYERS.map((e) => [e.slug, e]))
