import PDFParser from 'pdf2json'

/** Reads a PDF back with pdf2json, for tests that check what a rendered or downloaded PDF says. */
export async function readPdf(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParser(null, true)
  // NOTE: pdf2json 4.0.3 re-reads `buf.buffer` from offset 0 and ignores byteOffset, so a pooled
  // Buffer (Buffer.from/readFileSync under 4 KB) parses as garbage. Buffer.alloc is never pooled.
  const own = Buffer.alloc(bytes.length)
  own.set(bytes)
  return new Promise((resolve, reject) => {
    parser.on('pdfParser_dataError', (err) => reject(new Error(JSON.stringify(err))))
    parser.on('pdfParser_dataReady', (data) => resolve({ text: parser.getRawTextContent(), pages: data.Pages.length }))
    parser.parseBuffer(own)
  })
}
