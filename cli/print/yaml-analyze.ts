// go-yaml v2 emitterc.go yaml_emitter_analyze_scalar (which styles can carry a string unchanged),
// the character classes of yamlprivateh.go, double-quoted escapes and the literal chomping hint.
// Pure; imports nothing.

export interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** is_break: CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isBreak(ch: string | undefined): boolean {
  return ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';
}

export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** is_printable: LF, 0x20-0x7E, 0xA0-0xD7FF, 0xE000-0xFFFD except BOM. Tabs and astral runes are not. */
export function isPrintable(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c === 0x0a || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd && c !== 0xfeff);
}

const FIRST_BOTH = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const LATER_FLOW = new Set([',', '?', '[', ']', '{', '}']);

interface ScalarFlags {
  blockInd: boolean; flowInd: boolean; lineBreaks: boolean; special: boolean;
  leadingSpace: boolean; leadingBreak: boolean; trailingSpace: boolean; trailingBreak: boolean;
  breakSpace: boolean; spaceBreak: boolean;
}

// The character loop of yaml_emitter_analyze_scalar: indicators, spaces, breaks, unprintables.
function scanScalar(value: string): ScalarFlags {
  const chars = [...value];
  const f: ScalarFlags = {
    blockInd: false, flowInd: false, lineBreaks: false, special: false, leadingSpace: false, leadingBreak: false,
    trailingSpace: false, trailingBreak: false, breakSpace: false, spaceBreak: false,
  };
  if (value.startsWith('---') || value.startsWith('...')) { f.blockInd = true; f.flowInd = true; }
  let precededByWs = true, prevSpace = false, prevBreak = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const followedByWs = i + 1 >= chars.length || isBlank(chars[i + 1]);
    const last = i + 1 === chars.length;
    if (i === 0) {
      if (FIRST_BOTH.has(ch)) { f.flowInd = true; f.blockInd = true; }
      else if (ch === '?' || ch === ':') { f.flowInd = true; if (followedByWs) f.blockInd = true; }
      else if (ch === '-' && followedByWs) { f.flowInd = true; f.blockInd = true; }
    } else if (LATER_FLOW.has(ch)) f.flowInd = true;
    else if (ch === ':') { f.flowInd = true; if (followedByWs) f.blockInd = true; }
    else if (ch === '#' && precededByWs) { f.flowInd = true; f.blockInd = true; }
    if (!isPrintable(ch)) f.special = true;
    if (ch === ' ') {
      if (i === 0) f.leadingSpace = true;
      if (last) f.trailingSpace = true;
      if (prevBreak) f.breakSpace = true;
      prevSpace = true; prevBreak = false;
    } else if (isBreak(ch)) {
      f.lineBreaks = true;
      if (i === 0) f.leadingBreak = true;
      if (last) f.trailingBreak = true;
      if (prevSpace) f.spaceBreak = true;
      prevSpace = false; prevBreak = true;
    } else { prevSpace = false; prevBreak = false; }
    precededByWs = isBlank(ch) || isBreak(ch) || ch === '\0';
  }
  return f;
}

export function analyzeScalar(value: string): ScalarAnalysis {
  if (value.length === 0) {
    return { multiline: false, flowPlainAllowed: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  }
  const f = scanScalar(value);
  const a: ScalarAnalysis = { multiline: f.lineBreaks, flowPlainAllowed: true, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (f.leadingSpace || f.leadingBreak || f.trailingSpace || f.trailingBreak) { a.flowPlainAllowed = false; a.blockPlainAllowed = false; }
  if (f.trailingSpace) a.blockAllowed = false;
  if (f.breakSpace) { a.flowPlainAllowed = false; a.blockPlainAllowed = false; a.singleQuotedAllowed = false; }
  if (f.spaceBreak || f.special) {
    a.flowPlainAllowed = false; a.blockPlainAllowed = false; a.singleQuotedAllowed = false; a.blockAllowed = false;
  }
  if (f.lineBreaks) { a.flowPlainAllowed = false; a.blockPlainAllowed = false; }
  if (f.flowInd) a.flowPlainAllowed = false;
  if (f.blockInd) a.blockPlainAllowed = false;
  return a;
}

// yaml_emitter_write_block_scalar_hints: '-' without a final break (strip), nothing for exactly
// one (clip), '+' when the value is a lone break or ends in two (keep).
export function chompHint(chars: string[]): string {
  if (chars.length === 0) return '-';
  const last = chars.length - 1;
  if (!isBreak(chars[last])) return '-';
  if (last === 0) return '+';
  return isBreak(chars[last - 1]) ? '+' : '';
}

const DOUBLE_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

// yaml_emitter_write_double_quoted_scalar's escapes: named ones, else \xXX, \uXXXX, \UXXXXXXXX (upper-case hex).
export function doubleEscape(ch: string): string {
  const c = ch.codePointAt(0)!;
  const named = DOUBLE_ESCAPES[c];
  if (named !== undefined) return '\\' + named;
  const hex = c.toString(16).toUpperCase();
  if (c <= 0xff) return '\\x' + hex.padStart(2, '0');
  if (c <= 0xffff) return '\\u' + hex.padStart(4, '0');
  return '\\U' + hex.padStart(8, '0');
}
