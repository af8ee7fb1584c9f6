import type { LoaderFunctionArgs } from '@remix-run/node'
import { renderCurrentResumePdf } from '#server/resume/resume.service'
import { requireCandidate } from '~/utils/auth.server'

/** The current resume as a PDF, only for its owner. */
export async function loader({ context, request }: LoaderFunctionArgs) {
  const viewer = requireCandidate(context, request)
  const out = await renderCurrentResumePdf(context.services.db, viewer.candidateId, new Date())
  if (!out) throw new Response('You have no resume yet', { status: 404 })
  const safeName = out.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'resume'
  return new Response(Buffer.from(out.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${safeName}-resume-v${out.version}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
