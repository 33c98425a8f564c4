import { normalizeDisplayName, normalizeTags, stripInvisibleControls } from './normalize';

const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

describe('stripInvisibleControls', () => {
  it.each([...BIDI, ...ZERO_WIDTH].map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'strips %s wherever it is',
    (_, c) => {
      expect(stripInvisibleControls(`${c}a${c}b${c}`)).toBe('ab');
    },
  );

  it('keeps every other character: accents, scripts, emoji, variation selectors, ordinary spaces', () => {
    const text = 'Zoë 日本語 עברית ❤️ 👍🏽 a b\u00A0c';
    expect(stripInvisibleControls(text)).toBe(text);
  });

  it('turns a reversed-looking name back into what it spells', () => {
    expect(stripInvisibleControls('admin\u202Egnp.exe')).toBe('admingnp.exe');
  });
});

describe('normalizeDisplayName', () => {
  it('strips, then trims; a name of invisible characters only is empty', () => {
    expect(normalizeDisplayName(' \u200BAna Lima\u202E ')).toBe('Ana Lima');
    expect(normalizeDisplayName('\u200B \u2066\uFEFF')).toBe('');
  });
});

describe('normalizeTags', () => {
  it('lower-cases, trims, folds inner whitespace and drops duplicates in order', () => {
    expect(normalizeTags([' Rust ', 'rust', 'Machine   Learning', ''])).toEqual(['rust', 'machine learning']);
  });
});
