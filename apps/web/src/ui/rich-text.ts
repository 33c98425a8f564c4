/**
 * Splits user text into plain text, http(s) links, @mentions and #tags, with
 * the same rules as the API's post-content extraction. Everything else stays
 * text: the result is rendered as React text nodes, never as HTML.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; handle: string }
  | { kind: 'tag'; text: string; tag: string };

const TOKEN =
  /(?<url>\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+)|(?<![\p{L}\p{M}\p{N}_&/#])#(?<tag>[\p{L}\p{M}\p{N}_]{1,50})|(?<![\p{L}\p{M}\p{N}_.@/])@(?<handle>[A-Za-z0-9_]{3,30})(?![\p{L}\p{M}\p{N}_])/giu;

/** Punctuation that ends a sentence rather than the link: "see https://x.dev/a." */
const TRAILING = /[.,;:!?'")\]]+$/u;

/** The URL as an http(s) href, or null for any other scheme or a malformed URL. */
export function safeHref(raw: string): string | null {
  const candidate = raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export interface RichTextOptions {
  /** When given, only these handles (lower-case) become links: the members the API resolved. */
  mentions?: readonly string[];
}

export function segmentText(body: string, options: RichTextOptions = {}): Segment[] {
  const known = options.mentions ? new Set(options.mentions.map((h) => h.toLowerCase())) : null;
  const segments: Segment[] = [];
  let last = 0;
  const pushText = (text: string) => {
    if (!text) return;
    const previous = segments.at(-1);
    if (previous?.kind === 'text') previous.text += text;
    else segments.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(TOKEN)) {
    const start = match.index;
    const groups = match.groups ?? {};
    pushText(body.slice(last, start));
    let consumed = match[0];
    if (groups['url']) {
      const trimmed = groups['url'].replace(TRAILING, '');
      consumed = trimmed;
      const href = safeHref(trimmed);
      if (href) segments.push({ kind: 'link', text: trimmed, href });
      else pushText(trimmed);
    } else if (groups['tag']) {
      segments.push({ kind: 'tag', text: match[0], tag: groups['tag'].normalize('NFC').toLowerCase() });
    } else if (groups['handle']) {
      const handle = groups['handle'].toLowerCase();
      if (!known || known.has(handle)) segments.push({ kind: 'mention', text: match[0], handle });
      else pushText(match[0]);
    }
    last = start + consumed.length;
  }
  pushText(body.slice(last));
  return segments;
}
