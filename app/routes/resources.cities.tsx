import type { LoaderFunctionArgs } from '@remix-run/node'

/** City autocomplete for the combobox (GET ?q=). Public, cacheable, tiny. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get('q')?.trim() ?? ''
  if (!q) return Response.json([])
  const cities = await context.trpc.masterData.searchCities({ query: q.slice(0, 60), limit: 8 })
  return Response.json(cities, { headers: { 'Cache-Control': 'public, max-age=3600' } })
}
