import { deflateSync } from 'node:zlib'

/**
 * Hand-made PDFs for tests that no generator makes on purpose: an encrypted one (an /Encrypt
 * dictionary whose user password is not empty), one keeping its link annotation in a compressed
 * object stream, one hiding its pages in an object stream, and the hostile files of the hardening
 * findings (page-count ReDoS, nested arrays, slow content, flate bomb). Pure; the cross-reference
 * offsets are computed, so pdf.js reads them as real files.
 */

function assemble(objects: (string | Buffer)[], trailerExtra: string): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = parts[0].length
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(length)
    const body = typeof o === 'string' ? Buffer.from(o, 'latin1') : o
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(chunk)
    length += chunk.length
  })
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`
  parts.push(Buffer.from(xref, 'latin1'))
  return new Uint8Array(Buffer.concat(parts))
}

const PAGE_TEXT = 'BT /F1 12 Tf 72 712 Td (Confidential resume of a candidate) Tj ET'

/** A one-page PDF protected by a password (standard security handler, RC4 40-bit). */
export function encryptedPdf(): Uint8Array {
  const hex32 = 'a7'.repeat(32)
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -44 >>`,
      `<< /Length ${PAGE_TEXT.length} >>\nstream\n${PAGE_TEXT}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ],
    `/Encrypt 4 0 R /ID [<${'3c'.repeat(16)}> <${'3c'.repeat(16)}>]`,
  )
}

/** A one-page PDF whose link annotation sits inside a Flate-compressed object stream. */
export function pdfWithCompressedLink(url: string): Uint8Array {
  const annot = `<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (${url.replace(/[()\\]/g, (c) => `\\${c}`)}) >> >>`
  const header = '7 0 '
  const stm = deflateSync(Buffer.from(header + annot, 'latin1'))
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${PAGE_TEXT.length} >>\nstream\n${PAGE_TEXT}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      Buffer.concat([
        Buffer.from(`<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${stm.length} >>\nstream\n`, 'latin1'),
        stm,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    ],
    '',
  )
}

/**
 * A text PDF whose page tree and pages all sit in a compressed object stream, indexed by a
 * cross-reference stream (PDF 1.5, as LaTeX and Word write them): nothing about its pages is
 * visible in the raw bytes, so only the parse itself can count them.
 */
export function pdfWithPagesInObjectStream(pages: string[][]): Uint8Array {
  const n = pages.length
  // numbering: 1 catalog, 2 font, 3..2+n contents, then the object stream's members: the page
  // tree (3+n) and pages (4+n..3+2n); then the object stream and the xref stream
  const pagesId = 3 + n
  const pageId = (i: number) => 4 + n + i
  const objStmId = 4 + 2 * n
  const xrefId = objStmId + 1
  const plain: (string | Buffer)[] = ['<< /Type /Catalog /Pages ' + pagesId + ' 0 R >>', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
  for (const lines of pages) {
    const ops = lines.map((l, k) => `BT /F1 12 Tf 72 ${740 - k * 18} Td (${l.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`).join('\n')
    plain.push(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`)
  }
  const members = [
    { id: pagesId, body: `<< /Type /Pages /Kids [${pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')}] /Count ${n} >>` },
    ...pages.map((_, i) => ({
      id: pageId(i),
      body: `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Contents ${3 + i} 0 R /Resources << /Font << /F1 2 0 R >> >> >>`,
    })),
  ]
  let header = ''
  let bodies = ''
  for (const m of members) {
    header += `${m.id} ${bodies.length} `
    bodies += `${m.body}\n`
  }
  const stm = deflateSync(Buffer.from(header + bodies, 'latin1'))

  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = parts[0].length
  const offsets = new Map<number, number>()
  const add = (id: number, body: string | Buffer) => {
    offsets.set(id, length)
    const chunk = Buffer.concat([Buffer.from(`${id} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')])
    parts.push(chunk)
    length += chunk.length
  }
  plain.forEach((body, i) => add(i + 1, body))
  add(
    objStmId,
    Buffer.concat([
      Buffer.from(`<< /Type /ObjStm /N ${members.length} /First ${header.length} /Filter /FlateDecode /Length ${stm.length} >>\nstream\n`, 'latin1'),
      stm,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  )
  // xref stream rows: type (1 byte), offset or object stream number (4), generation or index (2)
  offsets.set(xrefId, length)
  const rows = Buffer.alloc((xrefId + 1) * 7)
  const row = (id: number, type: number, a: number, b: number) => {
    rows.writeUInt8(type, id * 7)
    rows.writeUInt32BE(a, id * 7 + 1)
    rows.writeUInt16BE(b, id * 7 + 5)
  }
  row(0, 0, 0, 65535)
  for (let id = 1; id <= xrefId; id++) {
    const member = members.findIndex((m) => m.id === id)
    if (member >= 0) row(id, 2, objStmId, member)
    else row(id, 1, offsets.get(id) ?? 0, 0)
  }
  const xref = Buffer.concat([
    Buffer.from(`${xrefId} 0 obj\n<< /Type /XRef /Size ${xrefId + 1} /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n`, 'latin1'),
    rows,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
  ])
  parts.push(xref)
  return new Uint8Array(Buffer.concat(parts))
}

/**
 * The ReDoS finding: 2 MB of "/Type/Pages " behind a PDF header and before %%EOF. The old page
 * count regex backtracked on it for 141 s on the main thread.
 */
export function pageCountRedosPdf(): Uint8Array {
  return new Uint8Array(Buffer.from(`%PDF-1.4\n${'/Type/Pages '.repeat(174_000)}\n%%EOF\n`, 'latin1'))
}

function pdfWithContent(content: Buffer, pageExtra = ''): Uint8Array {
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${pageExtra} >>`,
      Buffer.concat([Buffer.from(`<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ],
    '',
  )
}

/** 200 000 nested arrays in the page dictionary (~400 kB): pdf.js recurses into them and hangs. */
export function nestedArraysPdf(depth = 200_000): Uint8Array {
  return pdfWithContent(deflateSync(Buffer.from(PAGE_TEXT, 'latin1')), `/Junk ${'['.repeat(depth)}${']'.repeat(depth)}`)
}

/**
 * A small, valid PDF that is slow to read: a compressed content stream of `ops` tiny text
 * operations (100 000 → under 2 kB on disk, far more than 20 s for pdf2json).
 */
export function slowTextPdf(ops = 100_000): Uint8Array {
  return pdfWithContent(deflateSync(Buffer.from(`BT /F1 1 Tf 10 10 Td ${'(x) Tj '.repeat(ops)}ET`, 'latin1')))
}

/**
 * A flate bomb: 25 content streams of 64 MB of spaces each, ~1.6 MB on disk, 1.6 GB inflated —
 * outside any worker heap cap, since pdf.js keeps stream data in ArrayBuffers.
 */
export function flateBombPdf(streams = 25): Uint8Array {
  const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 })
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${Array.from({ length: streams }, (_, i) => `${4 + i} 0 R`).join(' ')}] >>`,
  ]
  for (let i = 0; i < streams; i++) {
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), bomb, Buffer.from('\nendstream', 'latin1')]))
  }
  return assemble(objects, '')
}
