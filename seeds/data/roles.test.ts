import { describe, expect, it } from 'vitest'
import { CATEGORIES, CATEGORY_SLUGS } from './categories'
import { ROLE_BY_SLUG, ROLES, TEMPLATE_FAMILIES } from './roles'

const categoriesOf = (slug: string) => ROLE_BY_SLUG.get(slug)?.categories ?? []

describe('categories', () => {
  it('has ≥ 16 categories incl. every SPEC §4 one, unique slugs and sort orders', () => {
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(16)
    expect(CATEGORY_SLUGS.size).toBe(CATEGORIES.length)
    expect(new Set(CATEGORIES.map((c) => c.sortOrder)).size).toBe(CATEGORIES.length)
    const names = CATEGORIES.map((c) => c.name)
    for (const n of [
      'Technology & IT', 'Delivery & Logistics', 'Customer Support & Telecalling', 'Sales & Marketing', 'Healthcare',
      'Education & Training', 'Manufacturing & Production', 'Construction & Skilled Trades', 'Food & Hospitality',
      'Retail & E-commerce', 'Finance & Accounting', 'Design & Creative', 'Security & Facility Management',
      'Transportation & Driving', 'Agriculture', 'Beauty & Wellness',
    ]) expect(names).toContain(n)
    for (const c of CATEGORIES) {
      expect(c.slug).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(c.icon.length).toBeGreaterThan(0)
    }
  })

  it('gives every category at least 2 roles', () => {
    for (const c of CATEGORIES) {
      const n = ROLES.filter((r) => r.categories.includes(c.slug)).length
      expect(`${c.slug}: ${n >= 2}`).toBe(`${c.slug}: true`)
    }
  })
})

describe('roles', () => {
  it('has ≥ 45 roles with unique slugs and names', () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(45)
    expect(ROLE_BY_SLUG.size).toBe(ROLES.length)
    expect(new Set(ROLES.map((r) => r.name)).size).toBe(ROLES.length)
  })

  it('links roles to categories many-to-many', () => {
    expect(categoriesOf('delivery-boy')).toEqual(expect.arrayContaining(['delivery-logistics', 'transportation-driving']))
    expect(categoriesOf('telecaller')).toEqual(expect.arrayContaining(['customer-support', 'sales-marketing']))
    expect(ROLES.filter((r) => r.categories.length > 1).length).toBeGreaterThan(30)
    for (const r of ROLES) {
      expect(r.categories.length).toBeGreaterThan(0)
      expect(new Set(r.categories).size).toBe(r.categories.length)
      for (const c of r.categories) expect(CATEGORY_SLUGS.has(c)).toBe(true)
    }
  })

  it('covers the roles the product names', () => {
    for (const slug of [
      'driver', 'electrician', 'plumber', 'cook', 'security-guard', 'staff-nurse', 'software-developer', 'frontend-developer',
      'backend-developer', 'full-stack-developer', 'data-entry-operator', 'accountant', 'graphic-designer', 'teacher',
      'beautician', 'farm-worker', 'warehouse-picker', 'field-sales-executive', 'receptionist', 'housekeeping-staff',
    ]) expect(ROLE_BY_SLUG.has(slug)).toBe(true)
  })

  it('uses only known template families and covers each of them', () => {
    const families = new Set<string>(TEMPLATE_FAMILIES)
    expect(families.size).toBe(16)
    for (const r of ROLES) expect(families.has(r.templateFamily)).toBe(true)
    expect(new Set(ROLES.map((r) => r.templateFamily))).toEqual(families)
    expect(ROLE_BY_SLUG.get('delivery-boy')?.templateFamily).toBe('delivery')
    expect(ROLE_BY_SLUG.get('telecaller')?.templateFamily).toBe('telecalling')
    expect(ROLE_BY_SLUG.get('backend-developer')?.templateFamily).toBe('software')
  })

  it('has 5–10 distinct suggested skills per role', () => {
    for (const r of ROLES) {
      expect(r.suggestedSkills.length, r.slug).toBeGreaterThanOrEqual(5)
      expect(r.suggestedSkills.length, r.slug).toBeLessThanOrEqual(10)
      expect(new Set(r.suggestedSkills.map((s) => s.toLowerCase())).size, r.slug).toBe(r.suggestedSkills.length)
    }
  })

  it('has believable salary and experience bands', () => {
    for (const r of ROLES) {
      expect(r.salaryMonthly.min, r.slug).toBeGreaterThanOrEqual(8000)
      expect(r.salaryMonthly.max, r.slug).toBeGreaterThan(r.salaryMonthly.min)
      expect(r.salaryMonthly.max, r.slug).toBeLessThanOrEqual(200000)
      expect(r.experienceMonths.min, r.slug).toBeGreaterThanOrEqual(0)
      expect(r.experienceMonths.max, r.slug).toBeGreaterThan(r.experienceMonths.min)
    }
    const band = (slug: string) => ROLE_BY_SLUG.get(slug)?.salaryMonthly.max ?? 0
    expect(band('full-stack-developer')).toBeGreaterThan(band('delivery-boy'))
    expect(band('accountant')).toBeGreaterThan(band('production-helper'))
  })

  it('keeps blue-collar roles on site and marks driving needs', () => {
    for (const r of ROLES) {
      if (r.jobType === 'blue_collar') expect(r.workModes, r.slug).toEqual(['onsite'])
      expect(r.workModes, r.slug).toContain('onsite')
    }
    expect(ROLES.some((r) => r.workModes.includes('remote'))).toBe(true)
    expect(ROLE_BY_SLUG.get('delivery-boy')?.requirements).toMatchObject({ drivingLicence: true, twoWheeler: true })
    expect(ROLE_BY_SLUG.get('driver')?.requirements.drivingLicence).toBe(true)
    expect(ROLE_BY_SLUG.get('telecaller')?.requirements.minLanguages).toBe(2)
    expect(ROLE_BY_SLUG.get('cook')?.requirements).toEqual({ drivingLicence: false, twoWheeler: false, minLanguages: 1 })
  })
})
