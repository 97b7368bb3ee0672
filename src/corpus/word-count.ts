/**
 * Words of a span counted without making them: what `text.slice(from, to).trim().split(/\s+/).length`
 * gives (the runs of non-whitespace, and 1 for a blank span), with no substring or array per call.
 * Attribution asks it of every quotation, several times (quotes.ts).
 */

/** Whether a UTF-16 code unit is whitespace as a regular expression's \s and String.prototype.trim read it. */
export function isSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many whitespace-separated words text[from, to) holds, at least 1 (a blank span splits into one empty word); `to` default the text's end. */
export function spanWords(text: string, from: number, to = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = Math.max(0, from); i < Math.min(to, text.length); i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.max(1, n);
}
