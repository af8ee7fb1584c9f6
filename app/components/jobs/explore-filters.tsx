import { Form, Link, useSubmit } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { CityPicker, type CityOption } from '~/components/city-picker'
import { Button } from '~/components/ui/button'
import { controlClasses, Select } from '~/components/ui/field'
import { cn } from '~/components/ui/cn'
import { RoleOptionGroups } from '../role-select'
import { ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { workModeLabel } from '~/utils/format'

type Category = { id: string; name: string }
type Role = { id: string; name: string; categoryIds: string[] }

export type ExploreValues = {
  q?: string
  categoryId?: string
  roleId?: string
  cityId?: string
  radiusKm: number
  salaryMin?: number
  experienceMonths?: number
  workMode?: 'onsite' | 'remote' | 'hybrid'
  sort: 'relevance' | 'newest' | 'salary'
}

export type ExploreOptions = { radii: number[]; sorts: ExploreValues['sort'][]; workModes: NonNullable<ExploreValues['workMode']>[] }

const SALARY_STEPS = [10_000, 15_000, 20_000, 30_000, 50_000, 100_000] as const
const EXPERIENCE_STEPS = [0, 6, 12, 24, 36, 60, 120] as const

/**
 * "Explore all jobs" filters: a plain GET form, so it works before JavaScript loads and every
 * result page has a shareable URL. With JavaScript the role list follows the category and a new
 * sort order applies at once.
 */
export function ExploreFilters({
  values,
  city,
  categories,
  roles,
  options,
  open,
}: {
  values: ExploreValues
  city: CityOption | null
  categories: Category[]
  roles: Role[]
  options: ExploreOptions
  /** filters in use: show them unfolded */
  open: boolean
}) {
  const submit = useSubmit()
  const { t, i18n } = useTranslation('jobs')
  const salaryLabel = (n: number) => (n >= 100_000 ? t('filters.salaryLakh', { n: n / 100_000 }) : t('filters.salaryK', { n: n / 1000 }))
  const experienceLabel = (m: number) => (m === 0 ? t('filters.fresher') : m < 12 ? t('filters.months', { count: m }) : t('filters.years', { count: m / 12 }))
  const [categoryId, setCategoryId] = useState(values.categoryId ?? '')
  const [roleId, setRoleId] = useState(values.roleId ?? '')
  const [js, setJs] = useState(false)
  useEffect(() => setJs(true), [])
  // a new result (back/forward, pagination) resets the controls to what the URL says
  useEffect(() => {
    setCategoryId(values.categoryId ?? '')
    setRoleId(values.roleId ?? '')
  }, [values.categoryId, values.roleId])

  const groups = js && categoryId ? categories.filter((c) => c.id === categoryId) : categories
  return (
    <Form method="get" action="/jobs#explore" className="glass space-y-3 p-4" role="search" aria-label={t('filters.form')} data-testid="explore-form">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="explore-q" className="block text-sm font-semibold text-ink-900">
            {t('filters.search')}
          </label>
          <input id="explore-q" name="q" type="search" defaultValue={values.q ?? ''} maxLength={100} placeholder={t('filters.searchPlaceholder')} className={controlClasses} />
        </div>
        <Button type="submit" className="sm:w-36">
          {t('filters.submit')}
        </Button>
      </div>

      <details open={open} className="group">
        <summary className="flex min-h-[44px] cursor-pointer list-none items-center gap-2 font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden className="h-5 w-5 transition-transform group-open:rotate-90" />
          {t('filters.filters')}
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <Select
            label={t('filters.category')}
            name="category"
            value={categoryId}
            onChange={(e) => {
              setCategoryId(e.target.value)
              if (!roles.some((r) => r.id === roleId && r.categoryIds.includes(e.target.value))) setRoleId('')
            }}
          >
            <option value="">{t('filters.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
          <Select label={t('filters.role')} name="role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            <option value="">{t('filters.allRoles')}</option>
            <RoleOptionGroups categories={groups} roles={roles} />
          </Select>
          {/* keyed so a new URL re-initialises the combobox */}
          <CityPicker key={city?.id ?? 'none'} name="city" label={t('filters.city')} initial={city} />
          <Select label={t('filters.distance')} name="radius" defaultValue={String(values.radiusKm)} key={`r-${values.radiusKm}`}>
            {options.radii.map((km) => (
              <option key={km} value={km}>
                {km === 0 ? t('filters.cityOnly') : t('filters.withinKm', { km })}
              </option>
            ))}
          </Select>
          <Select label={t('filters.salary')} name="salary" defaultValue={values.salaryMin?.toString() ?? ''} key={`s-${values.salaryMin ?? ''}`}>
            <option value="">{t('filters.anySalary')}</option>
            {SALARY_STEPS.map((n) => (
              <option key={n} value={n}>
                {salaryLabel(n)}
              </option>
            ))}
          </Select>
          <Select label={t('filters.experience')} name="exp" defaultValue={values.experienceMonths?.toString() ?? ''} key={`e-${values.experienceMonths ?? ''}`}>
            <option value="">{t('filters.anyExperience')}</option>
            {EXPERIENCE_STEPS.map((m) => (
              <option key={m} value={m}>
                {experienceLabel(m)}
              </option>
            ))}
          </Select>
          <Select label={t('filters.workMode')} name="mode" defaultValue={values.workMode ?? ''} key={`m-${values.workMode ?? ''}`}>
            <option value="">{t('filters.anyWorkMode')}</option>
            {options.workModes.map((m) => (
              <option key={m} value={m}>
                {workModeLabel(m, i18n.language)}
              </option>
            ))}
          </Select>
          <div className="flex items-end">
            {/* city=any: with no city parameter the list would start at the candidate's own city again */}
            <Link to="/jobs?city=any#explore" className={cn('inline-flex min-h-[44px] items-center font-semibold text-brand-800 underline')}>
              {t('filters.clear')}
            </Link>
          </div>
        </div>
      </details>

      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="explore-sort" className="text-sm font-semibold text-ink-900">
          {t('filters.sortBy')}
        </label>
        <select
          id="explore-sort"
          name="sort"
          defaultValue={values.sort}
          key={`o-${values.sort}`}
          className={cn(controlClasses, 'py-2 sm:max-w-xs')}
          onChange={(e) => e.currentTarget.form && submit(e.currentTarget.form)}
        >
          {options.sorts.map((s) => (
            <option key={s} value={s}>
              {t(`filters.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </Form>
  )
}
