/** Mirrors PHOTO_VARIANT_SIDES (server/storage/image.ts): the sizes `?size=` serves. */
const SIDES = [48, 96, 192] as const
const MASTER_SIDE = 512

/**
 * `src`/`srcSet`/`sizes` for a profile photo shown `cssPx` wide: the browser fetches the smallest
 * copy that is sharp at its screen density (a 44 px avatar on a 3× phone: the 192 px copy), never
 * the 512 px master for a thumbnail, and the master only where it is needed.
 */
export function photoSources(url: string, cssPx: number): { src: string; srcSet: string; sizes: string } {
  const sep = url.includes('?') ? '&' : '?'
  const at = (side: number) => `${url}${sep}size=${side}`
  const first = SIDES.find((s) => s >= cssPx) ?? SIDES[SIDES.length - 1]
  return {
    src: at(first),
    srcSet: [...SIDES.map((s) => `${at(s)} ${s}w`), `${url} ${MASTER_SIDE}w`].join(', '),
    sizes: `${cssPx}px`,
  }
}
