import { maxLogoBase64Chars, type Logo } from '@shared/export/houseStyle';

export type LogoProblem = 'type' | 'unreadable' | 'tooLarge';

export class LogoError extends Error {
  constructor(readonly problem: LogoProblem) {
    super(problem);
  }
}

const accepted = ['image/png', 'image/jpeg', 'image/svg+xml'];

/** A letterhead logo never needs more: it is printed about 2 cm high. */
const maxWidth = 800;
const maxHeight = 300;

function load(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new LogoError('unreadable'));
    image.src = url;
  });
}

function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new LogoError('unreadable'));
    reader.readAsDataURL(blob);
  });
}

/*
 * Word cannot be relied on to show SVG (older versions and LibreOffice's
 * export need a raster fallback), so every logo is drawn onto a canvas and
 * stored as PNG, or as JPEG when it was one: small, and the same everywhere.
 */
export async function logoFromFile(file: File, alt: string): Promise<Logo> {
  if (!accepted.includes(file.type)) throw new LogoError('type');
  const url = URL.createObjectURL(file);
  try {
    const image = await load(url);
    // An SVG without width and height has no natural size; draw it at letterhead size.
    const width = image.naturalWidth || 600;
    const height = image.naturalHeight || 200;
    const scale = Math.min(1, maxWidth / width, maxHeight / height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new LogoError('unreadable');
    const mimeType = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    if (mimeType === 'image/jpeg') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mimeType, 0.9));
    if (!blob) throw new LogoError('unreadable');
    const base64 = await toBase64(blob);
    if (base64.length > maxLogoBase64Chars) throw new LogoError('tooLarge');
    return { mimeType, base64, widthPx: canvas.width, heightPx: canvas.height, alt };
  } finally {
    URL.revokeObjectURL(url);
  }
}
