/**
 * Why: V8 keeps a string one byte per character only while every character is at most U+00FF; one curly apostrophe
 * makes the whole page two-byte. Node writes a two-byte string far more slowly (a fresh copy, UTF-8 encoded into a
 * buffer three times its length, past 64 Ki characters a memory map per response; bench/README.md has the figures).
 * So a built page becomes the same document in Latin-1: character references in markup, escapes in <script> and
 * <style> (where references are not decoded). Plain JavaScript: the build adapter loads it with a bare import().
 */

/** A tag (quoted attribute values may hold ">" or "<"), a closing tag, or a comment. */
const TOKEN = /<!--[\s\S]*?-->|<\/?([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Elements whose content is raw text: character references are not decoded there. */
const RAW_TEXT_ELEMENTS = new Set(["script", "style"]);
const ANY_WIDE = /[^\0-\xFF]/;

/** A code point above U+00FF: a BMP character, a surrogate pair, or (invalid) a lone surrogate. */
const WIDE_CODE_POINT = /[\u0100-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
/** In scripts, escapes name UTF-16 code units; an odd run of backslashes before one is an identity escape. */
const SCRIPT_WIDE_UNIT = /(\\*)([\u0100-\uFFFF])/g;

const hex = (/** @type {number} */ n) => n.toString(16).toUpperCase().padStart(4, "0");

/** Text and attribute values: ’ → &#x2019;. A lone surrogate becomes U+FFFD, as UTF-8 output would. */
function inMarkup(/** @type {string} */ text) {
  return text.replace(WIDE_CODE_POINT, (char) => {
    const code = char.length === 1 && char >= "\uD800" && char <= "\uDFFF" ? 0xfffd : /** @type {number} */ (char.codePointAt(0));
    return `&#x${code.toString(16).toUpperCase()};`;
  });
}

/**
 * JavaScript and JSON: ’ → \u2019. React and Next write text into scripts only inside string literals, where the
 * escape means the same character. "\’" (a needless escape) loses its backslash, or it would escape the new one.
 */
function inScript(/** @type {string} */ source) {
  return source.replace(SCRIPT_WIDE_UNIT, (_, slashes, unit) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${hex(unit.charCodeAt(0))}`);
}

/** CSS: ’ → "\2019 " (the space ends the escape and is consumed by it). */
function inStyle(/** @type {string} */ css) {
  return css.replace(WIDE_CODE_POINT, (char) => `\\${/** @type {number} */ (char.codePointAt(0)).toString(16).toUpperCase()} `);
}

/** The same HTML document with no character above U+00FF (the input itself when it already qualifies). */
export function toOneByteHtml(/** @type {string} */ html) {
  if (isOneByte(html)) return html;
  let out = "";
  let position = 0;
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(html); token; token = TOKEN.exec(html)) {
    out += inMarkup(html.slice(position, TOKEN.lastIndex));
    position = TOKEN.lastIndex;
    const name = token[1]?.toLowerCase();
    // "<script/>" still opens a script in HTML, so a closing slash changes nothing here.
    if (!name || token[0][1] === "/" || !RAW_TEXT_ELEMENTS.has(name)) continue;
    const close = new RegExp(`</${name}[\\s/>]`, "ig");
    close.lastIndex = position;
    const end = close.exec(html)?.index ?? html.length;
    const raw = html.slice(position, end);
    out += name === "script" ? inScript(raw) : inStyle(raw);
    position = TOKEN.lastIndex = end;
  }
  return out + inMarkup(html.slice(position));
}

export function isOneByte(/** @type {string} */ text) {
  return !ANY_WIDE.test(text);
}
