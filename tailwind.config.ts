import type { Config } from 'tailwindcss'

export default {
  content: ['./app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#f7f0ff',
          100: '#ede0ff',
          200: '#dcc2ff',
          300: '#c294ff',
          400: '#a660fb',
          500: '#8b3cf0',
          600: '#7526d4',
          700: '#601fab',
          800: '#4e1d88',
          900: '#3b1766',
        },
        blush: { 400: '#f472b6', 500: '#ec4899', 600: '#db2777', 700: '#be185d' },
        teal: { 300: '#5eead4', 400: '#2dd4bf', 500: '#14b8a6', 600: '#0d9488', 700: '#0f766e', 800: '#115e59' },
        ink: { 900: '#1b1030', 700: '#3d2e57', 500: '#5f5277' },
      },
      fontFamily: {
        // NOTE: no `system-ui`: in Chromium on Linux it ends the per-character fallback, so Hindi
        // after it never reaches the Devanagari font and shows boxes (tests/e2e/hindi-no-english)
        sans: ['"Inter"', '-apple-system', 'Segoe UI', 'Roboto', 'Noto Sans', '"Noto Sans Devanagari"', 'sans-serif'],
      },
      boxShadow: {
        glass: '0 8px 32px rgba(59, 23, 102, 0.18)',
        'glass-lg': '0 16px 48px rgba(59, 23, 102, 0.24)',
      },
      backgroundImage: {
        'brand-gradient': 'linear-gradient(135deg, #601fab 0%, #8b3cf0 40%, #db2777 100%)',
        'brand-soft': 'radial-gradient(circle at 10% 10%, rgba(166,96,251,0.35), transparent 45%), radial-gradient(circle at 90% 20%, rgba(236,72,153,0.30), transparent 40%), radial-gradient(circle at 50% 100%, rgba(20,184,166,0.25), transparent 45%)',
      },
    },
  },
  plugins: [],
} satisfies Config
