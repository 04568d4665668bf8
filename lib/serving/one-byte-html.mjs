// Plain JavaScript, because Next loads the build adapter that uses it (next-adapter.mjs) with a bare
// import(); tsconfig's checkJs type-checks it from the JSDoc below.

/**
 * Why pages are stored one byte per character.
 *
 * V8 keeps a string at one byte per character only while every character is at most U+00FF. A
 * single wider character anywhere (a curly apostrophe in a title, an ellipsis in a placeholder)
 * makes the whole string two bytes per character. Next reads each prerendered page from its .html
 * file into one string and writes that string for every request, and Node writes a two-byte string
 * much more slowly: it flattens the header and body into a fresh two-byte copy and encodes it to
 * UTF-8 into a buffer three times its length. Past 64 Ki characters the copy is too big for V8's
 * ordinary heap pages, so every response also maps and unmaps memory. bench/README.md has the
 * throughput this buys.
 *
 * So a built page is rewritten to the same document in Latin-1 text: a wider character becomes a
 * character reference in markup, and an escape inside <script> and <style>, where references are
 * not decoded. Browsers, crawlers and React see the same text, attributes and script strings.
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

/** Text and attribute values: ’ → &#x2019;. A lone surrogate has no character; it becomes U+FFFD, as UTF-8 output would. */
function inMarkup(/** @type {string} */ text) {
  return text.replace(WIDE_CODE_POINT, (char) => {
    const code = char.length === 1 && char >= "\uD800" && char <= "\uDFFF" ? 0xfffd : /** @type {number} */ (char.codePointAt(0));
    return `&#x${code.toString(16).toUpperCase()};`;
  });
}

/**
 * JavaScript and JSON: ’ → \u2019. React and Next write text into scripts only inside string
 * literals (JSON.stringify), where the escape means the same character. "\’" (a needless escape)
 * loses its backslash, or it would escape the new one.
 */
function inScript(/** @type {string} */ source) {
  return source.replace(SCRIPT_WIDE_UNIT, (_, slashes, unit) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\u${hex(unit.charCodeAt(0))}`);
}

/** CSS: ’ → "\2019 " (the space ends the escape and is consumed by it). */
function inStyle(/** @type {string} */ css) {
  return css.replace(WIDE_CODE_POINT, (char) => `\\${/** @type {number} */ (char.codePointAt(0)).toString(16).toUpperCase()} `);
}

/**
 * The same HTML document with no character above U+00FF, so V8 stores it one byte per character.
 * Returns the input itself when it already qualifies.
 * @param {string} html
 * @returns {string}
 */
export function toOneByteHtml(html) {
  if (!ANY_WIDE.test(html)) return html;
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

/** True when V8 can hold `text` one byte per character. */
export function isOneByte(/** @type {string} */ text) {
  return !ANY_WIDE.test(text);
}
