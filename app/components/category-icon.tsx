import {
  Car,
  ChartLine,
  Factory,
  FolderOpen,
  GraduationCap,
  Handshake,
  Headphones,
  HeartHandshake,
  IndianRupee,
  Laptop,
  type LucideIcon,
  type LucideProps,
  Package,
  Palette,
  Scissors,
  Shield,
  ShoppingCart,
  Stethoscope,
  Tag,
  UtensilsCrossed,
  Wheat,
  Wrench,
} from 'lucide-react'

/**
 * Category slug → icon: the one place a category gets its picture. The `icon` column in
 * job_categories still holds the emoji the master data was seeded with, but emoji render as boxes
 * on phones without an emoji font, so the app draws SVG icons keyed by the stable slug instead.
 */
const CATEGORY_ICON: Record<string, LucideIcon> = {
  'delivery-logistics': Package,
  'transportation-driving': Car,
  'customer-support': Headphones,
  'sales-marketing': ChartLine,
  'technology-it': Laptop,
  healthcare: Stethoscope,
  'education-training': GraduationCap,
  'manufacturing-production': Factory,
  'construction-skilled-trades': Wrench,
  'food-hospitality': UtensilsCrossed,
  'retail-ecommerce': ShoppingCart,
  'finance-accounting': IndianRupee,
  'design-creative': Palette,
  'security-facility': Shield,
  agriculture: Wheat,
  'beauty-wellness': Scissors,
  'office-administration': FolderOpen,
  'human-resources': Handshake,
  'domestic-help': HeartHandshake,
}

/** Decorative: the category's name always sits beside it. A category added later gets a plain tag. */
export function CategoryIcon({ slug, ...props }: { slug: string } & LucideProps) {
  const Icon = CATEGORY_ICON[slug] ?? Tag
  return <Icon aria-hidden {...props} />
}
