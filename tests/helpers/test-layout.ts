import type { DocumentLayout, LayoutLine } from '../../server/resume/extraction/layout'
import { splitSections, type SectionedResume } from '../../server/resume/extraction/sections'

/**
 * Builds a `DocumentLayout` from plain lines, for unit tests of the field extractors without a
 * PDF. A tab in a line separates cells (a visible gap, as the layout reports it).
 */
export interface TestLine {
  text: string
  size?: number
  bold?: boolean
  x?: number
  page?: number
  /** x of each cell (table columns); default: cells laid out left to right */
  cellX?: number[]
}

export const TEST_BODY_SIZE = 10

export function layoutFromLines(input: (string | TestLine)[], bodySize = TEST_BODY_SIZE): DocumentLayout {
  const lines: LayoutLine[] = []
  let y = 2
  for (const item of input) {
    const l: TestLine = typeof item === 'string' ? { text: item } : item
    const x = l.x ?? 2
    let cx = x
    const cells = l.text.split('\t').map((t, i) => {
      const start = l.cellX?.[i] ?? (i === 0 ? x : Math.max(cx + 2, 20 + i * 4))
      const cell = { text: t.trim(), x: start, xEnd: start + t.trim().length * 0.3 }
      cx = cell.xEnd
      return cell
    })
    lines.push({
      text: cells.map((c) => c.text).join('\t'),
      cells,
      page: l.page ?? 0,
      x,
      xEnd: cells[cells.length - 1].xEnd,
      y,
      size: l.size ?? bodySize,
      bold: l.bold ?? false,
      column: 'full',
    })
    y += 0.8
  }
  return { pages: [{ width: 38, height: Math.max(50, y + 5), twoColumn: false, gutter: null }], lines, bodySize }
}

export function docFromLines(input: (string | TestLine)[]): SectionedResume {
  return splitSections(layoutFromLines(input))
}

/** A heading line in the test documents' heading style. */
export function h(text: string): TestLine {
  return { text, size: 13, bold: true }
}
