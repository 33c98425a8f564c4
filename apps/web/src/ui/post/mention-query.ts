/** The @handle being typed right before the caret, if any ("hi @an|" → "an"). */
export function mentionAtCaret(text: string, caret: number): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const match = /(?:^|[^\p{L}\p{N}_.@/])@([A-Za-z0-9_]{1,30})$/u.exec(before);
  if (!match?.[1]) return null;
  return { query: match[1], start: caret - match[1].length - 1 };
}

/** Replaces the partial mention with the chosen handle and a space; returns the new text and caret. */
export function completeMention(text: string, caret: number, handle: string): { text: string; caret: number } | null {
  const mention = mentionAtCaret(text, caret);
  if (!mention) return null;
  const inserted = `@${handle} `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
}
