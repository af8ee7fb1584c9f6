import type { HTMLAttributes } from 'react'
import { cn } from './cn'

export function Card({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cn('glass p-5', className)} {...props} />
}

export function Badge({ tone = 'brand', className, ...props }: HTMLAttributes<HTMLSpanElement> & { tone?: 'brand' | 'teal' | 'pink' | 'neutral' }) {
  const tones = {
    brand: 'bg-brand-100 text-brand-800',
    teal: 'bg-teal-300/40 text-teal-800',
    pink: 'bg-blush-400/20 text-blush-700',
    neutral: 'bg-white/70 text-ink-700',
  }
  return <span className={cn('inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold', tones[tone], className)} {...props} />
}
