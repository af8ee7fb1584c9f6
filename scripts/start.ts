import { buildIfStale } from './build-if-stale'

// `npm start`: build when missing or stale, then migrate, seed on first run and serve.
await buildIfStale()
process.env.NODE_ENV ??= 'production'
// a laptop has no TLS in front of it: only mark cookies Secure when told to
process.env.SECURE_COOKIES ??= 'false'
await import('../server/index')
