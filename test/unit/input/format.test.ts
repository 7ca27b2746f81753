import { describe, expect, it } from 'vitest';
import {
  formatFromContentType,
  formatFromFilename,
  ParseError,
  parseFormatName,
  resolveFormat,
  sniffFormat,
} from '../../../functions/core/input/index.js';

describe('article format detection', () => {
  it('maps file extensions, case-insensitively, and ignores unknown ones', () => {
    expect(formatFromFilename('a/b/story.TXT')).toBe('text');
    expect(formatFromFilename('story.md')).toBe('markdown');
    expect(formatFromFilename('story.htm')).toBe('html');
    expect(formatFromFilename('story.json')).toBe('json');
    expect(formatFromFilename('story.pdf')).toBeUndefined();
    expect(formatFromFilename('.bashrc')).toBeUndefined();
    expect(formatFromFilename('README')).toBeUndefined();
  });

  it('maps content types with parameters', () => {
    expect(formatFromContentType('text/html; charset=utf-8')).toBe('html');
    expect(formatFromContentType('application/ld+json')).toBe('json');
    expect(formatFromContentType('text/markdown')).toBe('markdown');
    expect(formatFromContentType('application/octet-stream')).toBeUndefined();
    expect(formatFromContentType(undefined)).toBeUndefined();
  });

  it('sniffs the format from the content', () => {
    expect(sniffFormat('  {"body":"x"}')).toBe('json');
    expect(sniffFormat('<!DOCTYPE html><html>')).toBe('html');
    expect(sniffFormat('# Headline\n\nText')).toBe('markdown');
    expect(sniffFormat('Headline\n========\n')).toBe('markdown');
    expect(sniffFormat('#hashtag news')).toBe('text');
    expect(sniffFormat('LONDON (Reuters) - Text')).toBe('text');
  });

  it('sniffs an XHTML page behind its XML declaration and comments as HTML, and reads .xht as HTML', () => {
    const xhtml = `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${'licence '.repeat(200)}-->\n<html><body><p>Text.</p></body></html>`;

    expect(sniffFormat(xhtml)).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<rss><channel></channel></rss>')).toBe('text');
    expect(formatFromFilename('story.xht')).toBe('html');
  });

  it('prefers the file name, then the content type, then the content', () => {
    expect(resolveFormat({ filename: 'a.md', contentType: 'text/html', content: '{}' })).toBe('markdown');
    expect(resolveFormat({ filename: 'a.bin', contentType: 'text/html', content: '{}' })).toBe('html');
    expect(resolveFormat({ content: '{}' })).toBe('json');
  });

  it('accepts format names and extensions on the command line and rejects others', () => {
    expect(parseFormatName('markdown')).toBe('markdown');
    expect(parseFormatName('md')).toBe('markdown');
    expect(() => parseFormatName('pdf')).toThrow(ParseError);
  });
});
