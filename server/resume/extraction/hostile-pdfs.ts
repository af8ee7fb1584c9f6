import { deflateSync } from 'node:zlib'

/**
 * Hand-made PDFs for tests that no generator makes on purpose: an encrypted one (an /Encrypt
 * dictionary whose user password is not empty) and one keeping its link annotation in a compressed
 * object stream. Pure; the cross-reference offsets are computed, so pdf.js reads them as real files.
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
