// go-yaml v2 sorter.go keyList.Less for string keys: letters sort after non-letters at the first
// difference, and runs of digits compare by numeric value ("a2" < "a10"). Pure; imports only
// sibling print modules.
import { isGoDigit, isGoLetter } from './go-strings.js';

/** keyList.Less(a, b) for two string keys. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isGoLetter(ar[i]);
    const bl = isGoLetter(br[i]);
    if (al && bl) return cp(ar[i]) < cp(br[i]);
    if (al || bl) return bl;
    let an = 0n, bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isGoDigit(ar[j]); j--) {
        if (ar[j] !== '0') { an = 1n; bn = 1n; break; }
      }
    }
    let ai = i, bi = i;
    for (; ai < ar.length && isGoDigit(ar[ai]); ai++) an = an * 10n + BigInt(digit(ar[ai]));
    for (; bi < br.length && isGoDigit(br[bi]); bi++) bn = bn * 10n + BigInt(digit(br[bi]));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return cp(ar[i]) < cp(br[i]);
  }
  return ar.length < br.length;
}

function cp(ch: string): number {
  return ch.codePointAt(0)!;
}

function digit(ch: string): number {
  return cp(ch) - 0x30;
}
