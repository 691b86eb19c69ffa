import { z } from 'zod';
import { defaultHouseStyle } from './defaultHouseStyle';
import { optionalText, requiredText } from '../util/schemaParts';
import { contrastRatio, minimumContrast } from './contrast';

/**
 * Fonts Word and LibreOffice both have or substitute metric-compatibly
 * (Liberation, Carlito, Caladea), so a document lays out the same in both.
 */
export const documentFonts = ['Arial', 'Calibri', 'Cambria', 'Times New Roman', 'Verdana', 'Georgia'] as const;

export const logoMimeTypes = ['image/png', 'image/jpeg'] as const;

/** A logo is a letterhead mark, not a photo: ~375 KB of image keeps documents and settings small. */
export const maxLogoBase64Chars = 500_000;

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'validation.color' });

export const logoSchema = z.object({
  mimeType: z.enum(logoMimeTypes),
  base64: z
    .string()
    .min(4)
    .max(maxLogoBase64Chars, { error: 'validation.tooLarge' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  widthPx: z.number().int().min(1).max(4000),
  heightPx: z.number().int().min(1).max(4000),
  /** Documents the municipality publishes must meet WCAG: the logo needs a text alternative. */
  alt: requiredText(250),
});
export type Logo = z.infer<typeof logoSchema>;

export const houseStyleSchema = z.object({
  /** The organisation as documents name it, e.g. "Gemeente Voorbeeldstad"; the body's own name is in the settings. */
  organisationName: optionalText(120),
  logo: logoSchema.nullable(),
  font: z.enum(documentFonts),
  headingColor: hexColor,
  /** Table headers and the rule under the letterhead. */
  accentColor: hexColor,
  footerText: optionalText(200),
  referenceInHeader: z.boolean(),
  pageNumbers: z.boolean(),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

/*
 * Stored settings come from older (or newer) versions of the app. A house style
 * that no longer validates keeps every field that still does, so adding a
 * field later never throws away a logo, and never the rest of the settings.
 */
function repair(stored: unknown): HouseStyle {
  const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(houseStyleSchema.shape)) {
    const parsed = schema.safeParse(fields[key]);
    repaired[key] = parsed.success ? parsed.data : defaultHouseStyle[key as keyof HouseStyle];
  }
  return repaired as HouseStyle;
}

/** For the settings record: never fails, falls back field by field. */
export const storedHouseStyleSchema = houseStyleSchema.catch(({ value }) => repair(value));

/** Text in documents is black on white paper: the page and the table text are not part of the house style. */
const documentText = '#000000';
const documentPaper = '#FFFFFF';

export const contrastFields = ['headingColor', 'accentColor'] as const;
export type ContrastField = (typeof contrastFields)[number];

export interface ContrastCheck {
  field: ContrastField;
  foreground: string;
  background: string;
  ratio: number;
  ok: boolean;
}

/**
 * The house style's colours against what they meet in a document: headings
 * on white paper, black table text on the accent colour. Published documents
 * must meet WCAG, so each needs 4.5:1.
 */
export function checkContrast(style: Pick<HouseStyle, ContrastField>): ContrastCheck[] {
  const pairs: Record<ContrastField, [string, string]> = {
    headingColor: [style.headingColor, documentPaper],
    accentColor: [documentText, style.accentColor],
  };
  return contrastFields.map((field) => {
    const [foreground, background] = pairs[field];
    const ratio = contrastRatio(foreground, background);
    return { field, foreground, background, ratio, ok: ratio >= minimumContrast };
  });
}
