/** The card shape every job list returns (landing, explore, recommendations). */
export type JobCard = {
  id: string
  title: string
  companyName: string
  cityName: string
  locality: string | null
  workMode: 'onsite' | 'remote' | 'hybrid'
  employmentType: 'full_time' | 'part_time' | 'contract' | 'internship'
  salaryMinMonthly: number | null
  salaryMaxMonthly: number | null
  experienceMinMonths: number
  experienceMaxMonths: number | null
  publishedAt: string | null
  isDemo: boolean
}

type JobCardRow = {
  id: string
  title: string
  company_name: string
  city_name: string
  locality: string | null
  work_mode: JobCard['workMode']
  employment_type: JobCard['employmentType']
  salary_min_monthly: number | null
  salary_max_monthly: number | null
  experience_min_months: number
  experience_max_months: number | null
  published_at: Date | null
  is_demo: boolean
}

export function toJobCard(r: JobCardRow): JobCard {
  return {
    id: r.id,
    title: r.title,
    companyName: r.company_name,
    cityName: r.city_name,
    locality: r.locality,
    workMode: r.work_mode,
    employmentType: r.employment_type,
    salaryMinMonthly: r.salary_min_monthly,
    salaryMaxMonthly: r.salary_max_monthly,
    experienceMinMonths: r.experience_min_months,
    experienceMaxMonths: r.experience_max_months,
    publishedAt: r.published_at ? r.published_at.toISOString() : null,
    isDemo: r.is_demo,
  }
}

/** Everything the job detail page shows. */
export type JobDetail = JobCard & {
  state: string
  pinCode: string | null
  description: string
  skills: string[]
  education: string | null
  openings: number
  roleName: string | null
  categoryNames: string[]
  requirements: { drivingLicence: boolean; twoWheeler: boolean; minLanguages: number; languages: string[] }
}

type JobDetailRow = JobCardRow & {
  state: string
  pin_code: string | null
  description: string
  skills: string[]
  education: string | null
  openings: number
  role_name: string | null
  category_names: string[]
  requires_driving_licence: boolean
  requires_two_wheeler: boolean
  min_languages: number
  required_languages: string[]
}

export function toJobDetail(r: JobDetailRow): JobDetail {
  return {
    ...toJobCard(r),
    state: r.state,
    pinCode: r.pin_code,
    description: r.description,
    skills: r.skills,
    education: r.education,
    openings: r.openings,
    roleName: r.role_name,
    categoryNames: r.category_names,
    requirements: { drivingLicence: r.requires_driving_licence, twoWheeler: r.requires_two_wheeler, minLanguages: r.min_languages, languages: r.required_languages },
  }
}
