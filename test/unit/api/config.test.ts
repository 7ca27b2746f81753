import { describe, expect, it } from 'vitest';
import { loadApiConfig } from '../../../functions/api/config.js';

describe('API configuration', () => {
  it('fails loudly, naming the variable, when the table name is missing', () => {
    expect(() => loadApiConfig({ AWS_REGION: 'eu-west-1' })).toThrow(/TABLE_NAME/);
  });

  it('parses a comma-separated list of CORS origins and ignores an empty cursor secret', () => {
    const config = loadApiConfig({
      TABLE_NAME: 't',
      AWS_REGION: 'eu-west-1',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      CURSOR_SECRET: '',
    });

    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.CURSOR_SECRET).toBeUndefined();
  });

  it.each([
    [{ CORS_ORIGINS: 'not a url' }, /CORS_ORIGINS/],
    [{ CURSOR_SECRET: 'short' }, /CURSOR_SECRET/],
  ])('rejects %j', (extra, message) => {
    expect(() => loadApiConfig({ TABLE_NAME: 't', AWS_REGION: 'eu-west-1', ...extra })).toThrow(message);
  });
});
