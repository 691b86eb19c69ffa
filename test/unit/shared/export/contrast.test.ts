import { describe, expect, it } from 'vitest';
import { contrastRatio, minimumContrast, relativeLuminance, shownRatio } from '@shared/export/contrast';
import { defaultHouseStyle } from '@shared/export/defaultHouseStyle';
import { checkContrast } from '@shared/export/houseStyle';

describe('WCAG 2.1 contrast ratio', () => {
  it('gives the known pairs', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBe(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    expect(contrastRatio('#FF0000', '#FFFFFF')).toBeCloseTo(4.0, 1);
  });

  it('does not depend on which colour is the text', () => {
    expect(contrastRatio('#FFFFFF', '#01689B')).toBe(contrastRatio('#01689B', '#FFFFFF'));
  });

  it('reads short and long hex, in either case', () => {
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#AbCdEf')).toBe(relativeLuminance('#abcdef'));
  });

  it('shows a ratio cut to two decimals, so one just under the minimum never reads as enough', () => {
    expect(shownRatio(contrastRatio('#777777', '#FFFFFF'))).toBe(4.47);
    expect(shownRatio(4.4999)).toBeLessThan(minimumContrast);
  });
});

describe('house style contrast', () => {
  it('the default style passes: headings on white, black table text on the accent', () => {
    expect(checkContrast(defaultHouseStyle).every((check) => check.ok)).toBe(true);
  });

  it('a light heading colour and a dark accent fail, each with its ratio', () => {
    const checks = checkContrast({ headingColor: '#777777', accentColor: '#333333' });
    expect(checks.map(({ field, ok }) => [field, ok])).toEqual([
      ['headingColor', false],
      ['accentColor', false],
    ]);
    expect(checks[0]!.ratio).toBeCloseTo(4.48, 2);
    expect(checks[1]!.ratio).toBeCloseTo(contrastRatio('#000000', '#333333'), 5);
  });
});
