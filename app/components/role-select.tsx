import { useEffect, useState } from 'react'
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
  const [categoryId, setCategoryId] = useState(initialCategoryId ?? '')
  const [roleId, setRoleId] = useState(initialRoleId ?? '')
  const [js, setJs] = useState(false)
  useEffect(() => setJs(true), [])
  const visible = js && categoryId ? categories.filter((c) => c.id === categoryId) : categories
  return (
    <>
      <Select
        label="Preferred job category"
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
        <option value="">Choose a category</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Select label="Preferred job role" name="preferredRoleId" value={roleId} onChange={(e) => setRoleId(e.target.value)} errors={errors.role} required>
        <option value="">{js && !categoryId ? 'Choose a category first' : 'Choose a role'}</option>
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
