/**
 * Job categories (SPEC §4). `slug` is the stable key used by roles, jobs, URLs and the app's icons
 * (app/components/category-icon.tsx); `icon` is a legacy emoji kept because the column is NOT NULL —
 * the app no longer shows it (boxes on phones without an emoji font). `sortOrder` is the display order.
 */
export type CategorySeed = {
  slug: CategorySlug
  name: string
  icon: string
  sortOrder: number
}

const LIST = [
  { slug: 'delivery-logistics', name: 'Delivery & Logistics', icon: '📦' },
  { slug: 'transportation-driving', name: 'Transportation & Driving', icon: '🚗' },
  { slug: 'customer-support', name: 'Customer Support & Telecalling', icon: '🎧' },
  { slug: 'sales-marketing', name: 'Sales & Marketing', icon: '📈' },
  { slug: 'technology-it', name: 'Technology & IT', icon: '💻' },
  { slug: 'healthcare', name: 'Healthcare', icon: '🩺' },
  { slug: 'education-training', name: 'Education & Training', icon: '🎓' },
  { slug: 'manufacturing-production', name: 'Manufacturing & Production', icon: '🏭' },
  { slug: 'construction-skilled-trades', name: 'Construction & Skilled Trades', icon: '🛠️' },
  { slug: 'food-hospitality', name: 'Food & Hospitality', icon: '🍽️' },
  { slug: 'retail-ecommerce', name: 'Retail & E-commerce', icon: '🛒' },
  { slug: 'finance-accounting', name: 'Finance & Accounting', icon: '💰' },
  { slug: 'design-creative', name: 'Design & Creative', icon: '🎨' },
  { slug: 'security-facility', name: 'Security & Facility Management', icon: '🛡️' },
  { slug: 'agriculture', name: 'Agriculture', icon: '🌾' },
  { slug: 'beauty-wellness', name: 'Beauty & Wellness', icon: '💇' },
  { slug: 'office-administration', name: 'Office & Administration', icon: '🗂️' },
  { slug: 'human-resources', name: 'Human Resources', icon: '🤝' },
  { slug: 'domestic-help', name: 'Domestic Help & Caregiving', icon: '🏠' },
] as const satisfies readonly { slug: string; name: string; icon: string }[]

export const CATEGORIES: readonly CategorySeed[] = LIST.map((c, i) => ({ ...c, sortOrder: (i + 1) * 10 }))

export type CategorySlug = (typeof LIST)[number]['slug']

export const CATEGORY_SLUGS: ReadonlySet<string> = new Set(CATEGORIES.map((c) => c.slug))
