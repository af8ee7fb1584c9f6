import type { Area } from 'react-easy-crop'

/** Browser only. Loads an image (an object URL of the chosen file) for drawing on a canvas. */
function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('This image could not be opened. Please choose another photo.'))
    img.src = src
  })
}

/**
 * Draws the square the person chose (pixel area from react-easy-crop) onto a `side` px canvas
 * and returns it as a JPEG. Always 512 px: a zoomed-in crop of a small photo covered ~270 source
 * pixels and was stored at that size, soft on 2–3× screens; the server keeps it as sent (≤ 512). The server re-encodes and re-crops anyway (the browser
 * step can be bypassed); this only keeps uploads small on slow mobile networks.
 */
export async function cropToJpeg(src: string, area: Area, side = 512): Promise<Blob> {
  const img = await loadImage(src)
  const canvas = document.createElement('canvas')
  canvas.width = side
  canvas.height = side
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('Your browser cannot crop images here. Please try another browser.')
  // transparent PNGs would turn black in a JPEG
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, side, side)
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(img, area.x, area.y, area.width, area.height, 0, 0, side, side)
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The cropped photo could not be created.'))), 'image/jpeg', 0.9)
  })
}
