// describe.go smartLabelFor: a field name as the generic describer titles it ("apiVersion" ->
// "API Version", "podCIDRs" -> "Pod CIDRs"), using fatih/camelcase.Split. Imports nothing.

const ACRONYMS = ['API', 'URL', 'UID', 'GUID'];
const isLower = (r: string): boolean => /^\p{Ll}$/u.test(r);
const isUpper = (r: string): boolean => /^\p{Lu}$/u.test(r);
const isLetter = (r: string): boolean => /^\p{L}$/u.test(r);

/** fatih/camelcase.Split: runs of lower, upper, digit and other runes, an upper run's last rune moved to a following lower run. */
export function camelcaseSplit(src: string): string[] {
  const runs: string[][] = [];
  let last = 0;
  for (const r of src) {
    const cls = isLower(r) ? 1 : isUpper(r) ? 2 : /^\p{Nd}$/u.test(r) ? 3 : 4;
    if (cls === last) runs[runs.length - 1].push(r);
    else runs.push([r]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (isUpper(runs[i][0]) && isLower(runs[i + 1][0])) runs[i + 1].unshift(runs[i].pop()!);
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

export function smartLabelFor(field: string): string {
  if ([...field].some((r) => !isLetter(r) && r !== '-')) return field;
  const parts = camelcaseSplit(field);
  const merged: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const allUpper = [...part].every((r) => !isLetter(r) || isUpper(r));
    if (next !== undefined && part.length >= 2 && allUpper && next.length > 0 && isUpper(next[0])) {
      merged.push(part + next);
      i++;
      continue;
    }
    merged.push(part);
  }
  return merged.filter((p) => p !== '_').map((p) => {
    if (ACRONYMS.includes(p.toUpperCase())) return p.toUpperCase();
    if (p.toLowerCase() === p) return p.charAt(0).toUpperCase() + p.slice(1);
    return p;
  }).join(' ');
}
