import { Link, type LinkProps } from '@remix-run/react'
import { forwardRef, type ButtonHTMLAttributes } from 'react'
import { cn } from './cn'

type Variant = 'primary' | 'secondary' | 'ghost' | 'teal' | 'danger'
type Size = 'sm' | 'md' | 'lg'

const variants: Record<Variant, string> = {
  primary: 'bg-gradient-to-r from-brand-600 to-blush-600 text-white shadow-glass hover:from-brand-700 hover:to-blush-700',
  secondary: 'bg-white/85 text-brand-800 border border-brand-200 hover:bg-white',
  ghost: 'bg-transparent text-white hover:bg-white/15',
  teal: 'bg-teal-700 text-white hover:bg-teal-800',
  danger: 'bg-red-700 text-white hover:bg-red-800',
}
const sizes: Record<Size, string> = {
  sm: 'min-h-[44px] px-3 text-sm', // 44 px: the smallest comfortable tap target
  md: 'min-h-[44px] px-4 text-base',
  lg: 'min-h-[52px] px-6 text-lg',
}

export function buttonClasses(variant: Variant = 'primary', size: Size = 'md', extra?: string) {
  return cn(
    'inline-flex items-center justify-center gap-2 rounded-xl font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60',
    variants[variant],
    sizes[size],
    extra,
  )
}

export const Button = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size }>(
  function Button({ variant, size, className, type = 'button', ...props }, ref) {
    return <button ref={ref} type={type} className={buttonClasses(variant, size, className)} {...props} />
  },
)

export function ButtonLink({ variant, size, className, ...props }: LinkProps & { variant?: Variant; size?: Size }) {
  return <Link className={buttonClasses(variant, size, className)} {...props} />
}
