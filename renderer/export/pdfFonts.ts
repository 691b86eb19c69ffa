import type { PdfFonts } from '@shared/export/pdf/pdfWriter';
import regular from '../../resources/fonts/LiberationSans-Regular.ttf?url';
import bold from '../../resources/fonts/LiberationSans-Bold.ttf?url';
import italic from '../../resources/fonts/LiberationSans-Italic.ttf?url';
import boldItalic from '../../resources/fonts/LiberationSans-BoldItalic.ttf?url';
import mono from '../../resources/fonts/LiberationMono-Regular.ttf?url';

let fonts: Promise<PdfFonts> | undefined;

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/*
 * PDF/A embeds its fonts, so the PDF writer needs the font files themselves:
 * the bundled Liberation fonts (resources/fonts, SIL OFL 1.1), about 2 MB,
 * fetched from the app's own files on the first PDF and kept for the session.
 */
export function pdfFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([regular, bold, italic, boldItalic, mono].map(bytesOf)).then(
    ([r, b, i, bi, m]) => ({ regular: r!, bold: b!, italic: i!, boldItalic: bi!, mono: m! }),
    (error: unknown) => {
      // A file that failed to load is asked for again by the next export.
      fonts = undefined;
      throw error;
    },
  );
  return fonts;
}
