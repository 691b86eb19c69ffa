import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema, templateJsonSchemaPath } from '../../../fixtures/screening/templateJsonSchema';

describe('the template file format in docs/', () => {
  it('is the schema the app checks an import against (regenerate with the script in test/fixtures/screening)', () => {
    expect(readFileSync(templateJsonSchemaPath, 'utf8')).toBe(templateJsonSchema());
  });
});
