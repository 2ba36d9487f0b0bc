import { describe, expect, it } from 'vitest';
import { isAllowedLinkUrl, normaliseLinkUrl } from '../../renderer/editor/linkUrl';

describe('link addresses in entries', () => {
  it.each(['https://example.com', 'http://example.com/a?b=c#d', 'mailto:me@example.com'])('accepts %s', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'data:text/html,x',
    'chrome://settings',
    'http://',
    'example.com',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedLinkUrl(url)).toBe(false);
  });

  it('adds https:// to a bare domain and mailto: to a bare e-mail address', () => {
    expect(normaliseLinkUrl('example.com/page')).toBe('https://example.com/page');
    expect(normaliseLinkUrl('  me@example.com ')).toBe('mailto:me@example.com');
    expect(normaliseLinkUrl('https://example.com')).toBe('https://example.com');
  });

  it('refuses what cannot be a link', () => {
    expect(normaliseLinkUrl('')).toBeNull();
    expect(normaliseLinkUrl('two words')).toBeNull();
    expect(normaliseLinkUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseLinkUrl('ftp://example.com')).toBeNull();
  });
});
