import { extractHandles, extractTags, MAX_TAGS, normalizeTag } from './post-content';

describe('extractTags', () => {
  it('lower-cases, de-duplicates and keeps the order of first appearance', () => {
    expect(extractTags('Day 1 #Rust #wasm #rust #RUST and #Wasm')).toEqual(['rust', 'wasm']);
  });

  it.each([
    ['start and end of the body', '#first middle #last', ['first', 'last']],
    ['punctuation after a tag', 'Shipped (#release), #done! #ok? #yes.', ['release', 'done', 'ok', 'yes']],
    ['a line break before a tag', 'line\n#next\t#tab', ['next', 'tab']],
    ['underscores and digits', '#rust_lang #100daysofcode #2024', ['rust_lang', '100daysofcode', '2024']],
    ['a hyphen ends the tag', '#rust-lang', ['rust']],
    ['letters right before # (C#, F#)', 'I write C# and F#, not #csharp', ['csharp']],
    ['a doubled ##', '##double and #single', ['single']],
    ['HTML entities', 'it&#39;s and &#x27; #real', ['real']],
    ['a lone #', 'number # 5 and #', []],
  ])('%s', (_, body, tags) => {
    expect(extractTags(body)).toEqual(tags);
  });

  it.each([
    ['a path anchor', 'read https://example.com/guide#install first'],
    ['an anchor after a slash', 'see https://example.com/#top'],
    ['an anchor after a query', 'see https://example.com/docs?lang=en#install'],
    ['an anchor after an empty query value', 'see https://example.com/search?q=#results'],
    ['an anchor after a closing parenthesis', 'see https://en.wikipedia.org/wiki/Rust_(programming_language)#History'],
    ['an anchor after a hyphen', 'see https://example.com/release-#notes'],
    ['a hash route', 'open https://app.example.com/#/settings/profile'],
    ['a URL without a scheme', 'see www.example.com/page?x=1#anchor'],
  ])('ignores %s in a URL', (_, body) => {
    expect(extractTags(`${body} #kept`)).toEqual(['kept']);
  });

  it.each([
    ['accented Latin', '#Café #ÉTÉ', ['café', 'été']],
    ['Japanese', '#日本語 の勉強', ['日本語']],
    ['Cyrillic, lower-cased', '#Привет', ['привет']],
    ['Greek final sigma', '#ΟΔΟΣ', ['οδος']],
    ['Devanagari with vowel signs (combining marks)', '#हिन्दी सीखना', ['हिन्दी']],
    ['a decomposed accent (NFD) is the same tag as the composed one', '#cafe\u0301 #café', ['café']],
  ])('unicode tags: %s', (_, body, tags) => {
    expect(extractTags(body)).toEqual(tags);
  });

  it(`keeps the first ${MAX_TAGS} distinct tags; repeats do not use up the limit`, () => {
    const body = Array.from({ length: 14 }, (_, i) => `#t${i} #T${i}`).join(' ');
    expect(extractTags(body)).toEqual(Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`));
  });

  it('never returns a tag longer than 50 characters', () => {
    const tags = extractTags(`#${'a'.repeat(80)} #short`);
    expect(tags).toContain('short');
    for (const tag of tags) expect(Array.from(tag).length).toBeLessThanOrEqual(50);
  });
});

describe('normalizeTag', () => {
  it('is how a tag filter meets stored tags: no #, NFC, lower-case', () => {
    expect(normalizeTag('#CAFE\u0301')).toBe(extractTags('#Café')[0]);
    expect(normalizeTag('Rust')).toBe('rust');
  });
});

describe('extractHandles', () => {
  it('lower-cases, de-duplicates and keeps order', () => {
    expect(extractHandles('thanks @Ana_B and @bob99, @ana_b again')).toEqual(['ana_b', 'bob99']);
  });

  it.each([
    ['e-mail addresses', 'write to ana@example.com or first.last@example.org', []],
    ['profile URLs', 'https://medium.com/@writer/post and https://mastodon.social/@toot', []],
    ['a handle inside a URL query', 'https://example.com/share?by=@writer', []],
    ['handles too short', '@ab @a', []],
    ['handles too long are dropped, not cut', `@${'x'.repeat(31)}`, []],
    ['exactly 30 characters', `@${'y'.repeat(30)}`, ['y'.repeat(30)]],
    ['punctuation after a handle', '(@carol), @dave! @erin. @frank?', ['carol', 'dave', 'erin', 'frank']],
    ['a doubled @@', '@@grace', []],
    ['letters outside a-z right after a handle (not that handle)', '@josé and @naïve', []],
  ])('%s', (_, body, handles) => {
    expect(extractHandles(body)).toEqual(handles);
  });

  it('looks up at most 50 candidates per post', () => {
    const body = Array.from({ length: 70 }, (_, i) => `@user_${i}`).join(' ');
    const handles = extractHandles(body);
    expect(handles).toHaveLength(50);
    expect(handles[0]).toBe('user_0');
    expect(handles[49]).toBe('user_49');
  });
});

describe('extraction is linear in the body length', () => {
  /** Bodies that made the link pattern scan to the end of the run from every start (quadratic): ~0.3 s at 10k characters, ~2 s at 20k. */
  const PATHOLOGICAL: Array<[string, string]> = [
    ['a.', 'a.'],
    ['a-', 'a-'],
    ['a+', 'a+'],
    ['a1.', 'a1.'],
    ['a:/', 'a:/'],
    ['#a.', '#a.'],
    ['@ab.', '@ab.'],
    ['www', 'www'],
  ];
  const LENGTH = 20_000;
  /** Linear: ~5 ms, up to ~50 ms on a loaded machine; quadratic: 3 to 7 s. */
  const BUDGET_MS = 300;

  /** The fastest of up to three runs: one slow run on a busy machine is noise, three are not. */
  function fastestRunMs(body: string): number {
    let fastest = Infinity;
    for (let run = 0; run < 3 && fastest >= BUDGET_MS; run++) {
      const started = process.hrtime.bigint();
      extractTags(body);
      extractHandles(body);
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - started) / 1e6);
    }
    return fastest;
  }

  it.each(PATHOLOGICAL)(
    `a ${LENGTH.toLocaleString('en')}-character run of %j parses in under ${BUDGET_MS} ms`,
    (_, unit) => {
      const body = unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
      expect(fastestRunMs(body)).toBeLessThan(BUDGET_MS);
    },
    60_000,
  );

  it('still skips links whose scheme is up to 32 characters long', () => {
    expect(extractTags(`see web+kindling.app-scheme://x/#anchor #kept`)).toEqual(['kept']);
    expect(extractHandles(`${'s'.repeat(32)}://x/@inside @kept`)).toEqual(['kept']);
  });
});
