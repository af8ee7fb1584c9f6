import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cn } from '~/components/ui/cn'

/** Which page numbers to show: first, last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push('gap')
    out.push(p)
  })
  return out
}

/** Plain links (`?…&page=N#explore`), so paging works without JavaScript and can be shared. */
export function Pagination({ page, pageCount, query, basePath = '/jobs', hash = '#explore' }: { page: number; pageCount: number; query: string; basePath?: string; hash?: string }) {
  const { t } = useTranslation('jobs')
  if (pageCount <= 1) return null
  const href = (p: number) => {
    const params = new URLSearchParams(query)
    if (p > 1) params.set('page', String(p))
    else params.delete('page')
    return `${basePath}?${params.toString()}${hash}`
  }
  const item = 'inline-flex min-h-[44px] min-w-[44px] items-center justify-center rounded-xl px-3 font-semibold'
  return (
    <nav aria-label={t('pages.label')} className="flex flex-wrap items-center justify-center gap-1.5" data-testid="pagination">
      {page > 1 ? (
        <Link to={href(page - 1)} className={cn(item, 'bg-white/85 text-brand-800')} rel="prev">
          {t('pages.previous')}
        </Link>
      ) : null}
      {pageWindow(page, pageCount).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} className="px-1 text-white" aria-hidden>
            …
          </span>
        ) : (
          <Link key={p} to={href(p)} aria-current={p === page ? 'page' : undefined} className={cn(item, p === page ? 'bg-brand-700 text-white' : 'bg-white/85 text-brand-800')}>
            {p}
          </Link>
        ),
      )}
      {page < pageCount ? (
        <Link to={href(page + 1)} className={cn(item, 'bg-white/85 text-brand-800')} rel="next">
          {t('pages.next')}
        </Link>
      ) : null}
    </nav>
  )
}
