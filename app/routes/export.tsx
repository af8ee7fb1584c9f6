import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireCandidate } from '~/utils/auth.server'

/** "Export my data": everything stored about the candidate as a JSON download (PII masked). */
export async function loader({ context, request }: LoaderFunctionArgs) {
  requireCandidate(context, request)
  const data = await context.trpc.candidate.exportData()
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="aiviue-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  })
}
