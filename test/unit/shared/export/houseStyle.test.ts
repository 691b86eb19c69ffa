import { describe, expect, it } from 'vitest';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { houseStyleSchema, storedHouseStyleSchema } from '@shared/export/houseStyle';
import { defaultSettings } from '@shared/settings/defaultSettings';
import { settingsSchema } from '@shared/settings/settingsSchema';

describe('house style in the settings', () => {
  it('defaults validate and come with the default settings', () => {
    expect(houseStyleSchema.parse(defaultHouseStyle)).toEqual(defaultHouseStyle);
    expect(settingsSchema.parse(defaultSettings).houseStyle).toEqual(defaultHouseStyle);
  });

  it('a stored style missing a field, or with one invalid, keeps every field that is still good', () => {
    const stored = { ...defaultHouseStyle, font: 'Comic Sans MS', headingColor: '#123456', footerText: 'Postbus 1' } as Record<string, unknown>;
    delete stored.pageNumbers;
    expect(storedHouseStyleSchema.parse(stored)).toEqual({ ...defaultHouseStyle, headingColor: '#123456', footerText: 'Postbus 1' });
    expect(storedHouseStyleSchema.parse(undefined)).toEqual(defaultHouseStyle);
  });

  it('refuses a logo without alt text, of another type, or too large', () => {
    const logo = { mimeType: 'image/png', base64: 'iVBORw0KGgo=', widthPx: 10, heightPx: 10, alt: 'Logo gemeente' };
    expect(houseStyleSchema.safeParse({ ...defaultHouseStyle, logo }).success).toBe(true);
    expect(houseStyleSchema.safeParse({ ...defaultHouseStyle, logo: { ...logo, alt: ' ' } }).success).toBe(false);
    expect(houseStyleSchema.safeParse({ ...defaultHouseStyle, logo: { ...logo, mimeType: 'image/svg+xml' } }).success).toBe(false);
    expect(houseStyleSchema.safeParse({ ...defaultHouseStyle, logo: { ...logo, base64: 'A'.repeat(600_000) } }).success).toBe(false);
  });
});
