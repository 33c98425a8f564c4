import { MAX_SEARCH_WORDS, parseSearchQuery } from './search-query';

/** Only words, `&`, `|` and the prefix marker: nothing to_tsquery could read as syntax or SQL. */
const SAFE_MATCH = /^[\p{L}\p{N}]+( & [\p{L}\p{N}]+)*(:\*)?$/u;
const SAFE_EXACT = /^[\p{L}\p{N}]+( \| [\p{L}\p{N}]+)*$/u;

describe('parseSearchQuery', () => {
  it.each<[string, string, string]>([
    ['rust', 'rust:*', 'rust'],
    ['Learn Rust', 'learn & rust:*', 'learn | rust'],
    ['  learn   rust  ', 'learn & rust:*', 'learn | rust'],
    ['@Ana_Lima', 'ana & lima:*', 'ana | lima'],
    ['node.js + WASM', 'node & js & wasm:*', 'node | js | wasm'],
    ['rust rust RUST', 'rust:*', 'rust'],
    ['Ação Öl', 'ação & öl:*', 'ação | öl'],
    ['ｒｕｓｔ', 'rust:*', 'rust'],
    ['2024 goals', '2024 & goals:*', '2024 | goals'],
    ['learn r', 'learn & r', 'learn | r'],
    ['a', 'a', 'a'],
    ['ab', 'ab:*', 'ab'],
  ])('%j → match %j, exact %j', (raw, match, exact) => {
    expect(parseSearchQuery(raw)).toMatchObject({ match, exact });
  });

  it.each(['', '   ', '!!!', '?!.,;:', '\'"`', '&|!():*<>', '-- /* */', '…—–', '🚀🔥'])('has no words in %j: null', (raw) => {
    expect(parseSearchQuery(raw)).toBeNull();
  });

  it.each([
    "'; DROP TABLE user_account; --",
    "rust' | '!a",
    'a:* & !b | (c <-> d)',
    "x\\'); SELECT pg_sleep(10); --",
    'a:B & b:*A',
    '$1 $$ ${x} %s ?',
    'NULL\u0000byte',
  ])('turns SQL and tsquery syntax into plain words: %j', (raw) => {
    const terms = parseSearchQuery(raw)!;
    expect(terms.match).toMatch(SAFE_MATCH);
    expect(terms.exact).toMatch(SAFE_EXACT);
  });

  it('reads the SQL injection classic as four words', () => {
    expect(parseSearchQuery("'; DROP TABLE user_account; --")).toMatchObject({ match: 'drop & table & user & account:*' });
  });

  it(`keeps the first ${MAX_SEARCH_WORDS} distinct words`, () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`);
    const terms = parseSearchQuery(words.join(' '))!;
    expect(terms.exact.split(' | ')).toEqual(words.slice(0, MAX_SEARCH_WORDS));
    expect(terms.match.endsWith(`w${MAX_SEARCH_WORDS - 1}:*`)).toBe(true);
  });

  it('keeps the whole query, lower-cased and without a leading @, as the name to boost', () => {
    expect(parseSearchQuery('  @Ana_Lima ')!.name).toBe('ana_lima');
    expect(parseSearchQuery('Rust Learners')!.name).toBe('rust learners');
    expect(parseSearchQuery('nul\u0000byte\u0007')!.name).toBe('nulbyte');
  });
});
