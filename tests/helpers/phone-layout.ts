import type { Locator, Page } from 'playwright-core'

/**
 * Words broken across lines inside `root` ("Manufacturi | ng"): every word of every text node is
 * measured with a Range; a word whose glyphs land on more than one line box is broken. Words are
 * split on spaces only, so "E-commerce" breaking at its hyphen still counts as broken.
 */
export async function wordsBrokenInside(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const broken: string[] = []
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(node, m.index)
        range.setEnd(node, m.index + m[0].length)
        // one rect per line box the word touches (zero-width rects are line ends, not glyphs)
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        if (tops.size > 1) broken.push(m[0])
      }
    }
    return broken
  })
}

export type SmallTarget = { what: string; width: number; height: number }

/**
 * Visible interactive elements whose hit area is under `min`×`min` CSS px (WCAG 2.5.5 target
 * size; we hold every candidate page to 44). The hit area is the element's box, or for a
 * checkbox/radio its label's, or for a "stretched" link (an absolutely positioned ::after that
 * covers its card) the card's.
 *
 * Exempt, per WCAG 2.5.8's inline exception and nothing wider: an `a` rendered inline inside a
 * `p` that has text of its own (a link in a sentence, whose size the line height sets).
 * Visually hidden elements (sr-only, 1×1 px and clipped) are not targets.
 */
export async function smallTapTargets(page: Page, min = 44): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, [role="button"], summary, select, input[type="checkbox"], input[type="radio"]'
    const out: { what: string; width: number; height: number }[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue
      let rect = el.getBoundingClientRect()
      if (rect.width * rect.height <= 1) continue
      const style = getComputedStyle(el)
      if (el instanceof HTMLInputElement) {
        // the label is the target: the whole <label>, or one pointing at the input
        const label = el.closest('label') ?? (el.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(el.id)}"]`) : null)
        if (label) rect = label.getBoundingClientRect()
      } else if (el.tagName === 'A') {
        const after = getComputedStyle(el, '::after')
        if (after.content !== 'none' && after.position === 'absolute') {
          let host = el.parentElement
          while (host && getComputedStyle(host).position === 'static') host = host.parentElement
          if (host) rect = host.getBoundingClientRect()
        }
        const p = el.closest('p')
        const ownText = p ? (p.textContent ?? '').replace(el.textContent ?? '', '').trim() : ''
        if (style.display === 'inline' && p && ownText.length > 0) continue
      }
      // sub-pixel layout: 43.99 is 44
      if (rect.width + 0.5 < min || rect.height + 0.5 < min) {
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
        out.push({ what: `${el.tagName.toLowerCase()} "${label}"`, width: Math.round(rect.width), height: Math.round(rect.height) })
      }
    }
    return out
  }, min)
}
