import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from 'kysely'

// The typed database. Every column listed; `| null` for nullable, never optional fields.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type TimestampNullable = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>
type Json<T> = ColumnType<T, string, string>

export interface JobCategoriesTable {
  id: Generated<string>
  slug: string
  name: string
  icon: string
  sort_order: number
  /** `{ <language code>: name }`; English is `name` */
  translations: ColumnType<Record<string, string>, string | undefined, string>
  created_at: Generated<Date>
}

export interface JobRolesTable {
  id: Generated<string>
  slug: string
  name: string
  job_type: 'blue_collar' | 'white_collar'
  template_family: string
  suggested_skills: string[]
  salary_min_monthly: number
  salary_max_monthly: number
  /** `{ <language code>: name }`; English is `name` */
  translations: ColumnType<Record<string, string>, string | undefined, string>
  created_at: Generated<Date>
}

export interface JobRoleCategoriesTable {
  role_id: string
  category_id: string
}

export interface QuestionTemplatesTable {
  id: Generated<string>
  family: string
  version: number
  definition: Json<unknown>
  /** `{ <language>: { <question key>: translated words } }` (migration 20261222140000) */
  translations: ColumnType<unknown, string | undefined, string>
  created_at: Generated<Date>
}

export interface EmployersTable {
  id: Generated<string>
  slug: string | null
  full_name: string
  email: string
  phone: string
  company_name: string
  industry: string | null
  /** a master-data city id (server/master-data/cities); `city_name` is its display name */
  city_id: string | null
  city_name: string | null
  website: string | null
  /** plain text, at most 2000 characters */
  about: string | null
  is_demo: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type JobStatus = 'draft' | 'published' | 'closed'
export type WorkMode = 'onsite' | 'remote' | 'hybrid'
export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'internship'

export interface JobsTable {
  id: Generated<string>
  employer_id: string
  company_name: string
  title: string
  role_id: string | null
  category_ids: string[]
  city_id: string
  city_name: string
  state: string
  lat: number
  lng: number
  locality: string | null
  pin_code: string | null
  work_mode: WorkMode
  employment_type: EmploymentType
  salary_min_monthly: number | null
  salary_max_monthly: number | null
  experience_min_months: Generated<number>
  experience_max_months: number | null
  requires_driving_licence: Generated<boolean>
  requires_two_wheeler: Generated<boolean>
  min_languages: Generated<number>
  required_languages: string[]
  skills: string[]
  /** the skills lower-cased, each once (generated: migration 20261222090000) */
  skill_keys: GeneratedAlways<string[]>
  education: string | null
  description: string
  openings: Generated<number>
  status: JobStatus
  published_at: TimestampNullable
  closed_at: TimestampNullable
  is_demo: Generated<boolean>
  seed_key: string | null
  incentive_monthly: number | null
  shift: 'day' | 'night' | 'rotational' | null
  vehicle_required: 'two_wheeler' | 'four_wheeler' | 'none' | null
  licence_types: Generated<string[]>
  requires_smartphone: Generated<boolean>
  real_requirement: string | null
  interview: Json<JobInterview> | null
  /** the posting bot's answers, so "Edit" re-opens it prefilled */
  posting_answers: Json<Record<string, unknown>> | null
  /** show the employer's phone to this job's applicants (off unless the employer turns it on) */
  share_phone: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
  search: ColumnType<string, never, never>
}

export type JobInterview = { mode: 'walk_in' | 'phone' | 'video'; address: string | null; hours: string | null }

export interface CandidatesTable {
  id: Generated<string>
  mobile: ColumnType<string, string, never>
  mobile_verified_at: TimestampNullable
  full_name: string
  email: string | null
  photo_file_id: string | null
  current_city_id: string | null
  current_city_name: string | null
  pin_code: string | null
  preferred_category_id: string | null
  preferred_role_id: string | null
  preferred_city_ids: Generated<string[]>
  about_html: string | null
  current_salary_monthly: number | null
  date_of_birth: ColumnType<string | null, string | null | undefined, string | null>
  aadhaar_enc: string | null
  aadhaar_bidx: string | null
  aadhaar_last4: string | null
  pan_enc: string | null
  pan_bidx: string | null
  pan_last4: string | null
  languages: Generated<string[]>
  has_driving_licence: boolean | null
  vehicle_type: string | null
  basic_profile_completed_at: TimestampNullable
  /** the language the bot (and later the pages) speak to the candidate in: a registered language code */
  locale: Generated<string>
  created_at: Generated<Date>
  updated_at: Timestamp
}

export interface SessionsTable {
  id: string
  candidate_id: string | null
  employer_id: string | null
  created_at: Generated<Date>
  expires_at: Timestamp
  revoked_at: TimestampNullable
  /** names the session to its owner (pages, procedures); `id` stays the cookie's secret */
  public_id: Generated<string>
  user_agent: string | null
  ip_prefix: string | null
  /** refreshed at most every few minutes (session.repo.ts) */
  last_seen_at: Timestamp
}

export type FileKind = 'profile_photo' | 'resume_upload' | 'resume_pdf' | 'driving_licence'

export interface FilesTable {
  id: Generated<string>
  candidate_id: string | null
  employer_id: string | null
  kind: FileKind
  storage_key: string
  mime: string
  size_bytes: number
  original_name: string | null
  sha256: string
  created_at: Generated<Date>
  deleted_at: TimestampNullable
}

export type ChatStatus = 'active' | 'completed' | 'discarded'

export interface ChatSessionsTable {
  id: Generated<string>
  /** exactly one of candidate_id / employer_id is set */
  candidate_id: string | null
  employer_id: string | null
  /** the job an employer's session edits (null: a new job) */
  job_id: string | null
  kind: Generated<string>
  status: ChatStatus
  title: string
  template_family: string
  template_version: number
  role_id: string | null
  state: Json<unknown>
  state_version: Generated<number>
  last_seq: Generated<number>
  upload_file_id: string | null
  created_at: Generated<Date>
  updated_at: Timestamp
  completed_at: TimestampNullable
}

export interface ChatTurnsTable {
  session_id: string
  client_message_id: string
  result: Json<unknown>
  created_at: Generated<Date>
}

export interface ChatEventsTable {
  session_id: string
  seq: number
  type: string
  payload: Json<unknown>
  created_at: Generated<Date>
}

export interface ResumesTable {
  id: Generated<string>
  candidate_id: string
  version: number
  is_current: boolean
  source: 'bot' | 'upload'
  job_type: 'blue_collar' | 'white_collar'
  role_id: string | null
  data: Json<unknown>
  chat_session_id: string | null
  source_file_id: string | null
  pdf_file_id: string | null
  created_at: Generated<Date>
}

export type ApplicationStatus = 'applied' | 'viewed' | 'shortlisted' | 'interview' | 'hired' | 'not_selected' | 'position_filled' | 'withdrawn'
export type ApplicationTimelineEntry = { status: ApplicationStatus; at: string }
export type ApplicationInterview = { date: string; time: string; place: string; mapUrl: string; contactName: string | null; notes: string | null }

export interface ApplicationsTable {
  id: Generated<string>
  job_id: string
  candidate_id: string
  /** the job's employer, copied so ownership is one indexed comparison */
  employer_id: string
  status: ApplicationStatus
  client_request_id: string
  resume_id: string | null
  /** answers to the apply questions (server/applications/apply-requirements.ts) */
  answers: Json<Record<string, unknown>>
  /** match score with recency at 1; null = a fact changed, rescore (migration 20261218090000) */
  match_score: number | null
  score_rev: Generated<number>
  timeline: Json<ApplicationTimelineEntry[]>
  interview: Json<ApplicationInterview> | null
  /** the message sent with the employer's decision (not selected, hired) */
  decision_message: string | null
  contact_revealed_at: TimestampNullable
  applied_at: Timestamp
  updated_at: Timestamp
}

export interface ApplicationNotesTable {
  id: Generated<string>
  application_id: string
  employer_id: string
  text: string
  created_at: Generated<Date>
}

export interface NotificationsTable {
  id: Generated<string>
  /** exactly one of candidate_id / employer_id is set */
  candidate_id: string | null
  employer_id: string | null
  /** per recipient 1, 2, 3… (the stream's tracked id); null for a moment after the change commits */
  seq: number | null
  kind: string
  title: string
  body: string
  href: string | null
  application_id: string | null
  job_id: string | null
  read_at: TimestampNullable
  created_at: Generated<Date>
}

export interface NotificationCountersTable {
  /** 'c:<candidate id>' or 'e:<employer id>' */
  owner: string
  last_seq: number
}

export interface DB {
  job_categories: JobCategoriesTable
  job_roles: JobRolesTable
  job_role_categories: JobRoleCategoriesTable
  question_templates: QuestionTemplatesTable
  employers: EmployersTable
  jobs: JobsTable
  candidates: CandidatesTable
  sessions: SessionsTable
  files: FilesTable
  chat_sessions: ChatSessionsTable
  chat_turns: ChatTurnsTable
  chat_events: ChatEventsTable
  resumes: ResumesTable
  applications: ApplicationsTable
  application_notes: ApplicationNotesTable
  notifications: NotificationsTable
  notification_counters: NotificationCountersTable
}

export type Job = Selectable<JobsTable>
export type NewJob = Insertable<JobsTable>
export type JobUpdate = Updateable<JobsTable>
export type Candidate = Selectable<CandidatesTable>
export type CandidateUpdate = Updateable<CandidatesTable>
export type Employer = Selectable<EmployersTable>
export type ChatSession = Selectable<ChatSessionsTable>
