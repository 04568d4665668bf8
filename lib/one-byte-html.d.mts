/** The same HTML document with no character above U+00FF (lib/one-byte-html.mjs says why). */
export function toOneByteHtml(html: string): string;
/** True when V8 can hold `text` one byte per character. */
export function isOneByte(text: string): boolean;
