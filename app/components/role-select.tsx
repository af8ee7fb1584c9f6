import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Select } from './ui/field'

type Category = { id: string; name: string }
type Role = { id: string; name: string; categoryIds: string[] }

/**
 * Category → role. Server-rendered with every role grouped under each of its categories (works
 * without JS); once hydrated, only the chosen category's roles are offered.
 */
export function CategoryRoleSelect({
  categories,
  roles,
  initialCategoryId,
  initialRoleId,
  errors,
}: {
  categories: Category[]
  roles: Role[]
  initialCategoryId?: string | null
  initialRoleId?: string | null
  errors: { category?: string[]; role?: string[] }
}) {
  const { t } = useTranslation('jobs')
  const [categoryId, setCategoryId] = useState(initialCategoryId ?? '')
  const [roleId, setRoleId] = useState(initialRoleId ?? '')
  const [js, setJs] = useState(false)
  useEffect(() => setJs(true), [])
  const visible = js && categoryId ? categories.filter((c) => c.id === categoryId) : categories
  return (
    <>
      <Select
        label={t('roleSelect.category')}
        name="preferredCategoryId"
        value={categoryId}
        onChange={(e) => {
          setCategoryId(e.target.value)
          const stillValid = roles.some((r) => r.id === roleId && r.categoryIds.includes(e.target.value))
          if (!stillValid) setRoleId('')
        }}
        errors={errors.category}
        required
      >
        <option value="">{t('roleSelect.chooseCategory')}</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select label={t('roleSelect.role')} name="preferredRoleId" value={roleId} onChange={(e) => setRoleId(e.target.value)} errors={errors.role} required>
        <option value="">{js && !categoryId ? t('roleSelect.categoryFirst') : t('roleSelect.chooseRole')}</option>
        <RoleOptionGroups categories={visible} roles={roles} />
      </Select>
    </>
  )
}

/** Roles grouped under each of their categories (a role in two categories is listed under both). */
export function RoleOptionGroups({ categories, roles }: { categories: Category[]; roles: Role[] }) {
  return (
    <>
      {categories.map((c) => (
        <optgroup key={c.id} label={c.name}>
          {roles
            .filter((r) => r.categoryIds.includes(c.id))
            .map((r) => (
              <option key={`${c.id}-${r.id}`} value={r.id}>
                {r.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  )
}
