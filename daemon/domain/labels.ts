// Label selectors: the string form of `-l` / `labelSelector` (apimachinery labels.Parse) and
// the structured LabelSelector of workloads (metav1.LabelSelectorAsSelector). Pure.
import type { LabelSelector } from './types.js';

export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' };

export type Selector = readonly Requirement[];

export class SelectorParseError extends Error {}

/** Parses `a=b,c!=d,e in (x,y),!f,g` as apimachinery does. Throws SelectorParseError. */
export function parseSelector(text: string): Selector {
  const reqs: Requirement[] = [];
  for (const part of splitTopLevel(text.trim())) {
    const p = part.trim();
    if (p === '') continue;
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^!\s*([^\s=!(),]+)$/))) reqs.push({ key: m[1], op: '!' });
    else if ((m = p.match(/^([^\s=!(),]+)\s+(in|notin)\s+\(([^)]*)\)$/))) {
      reqs.push({ key: m[1], op: m[2] as 'in' | 'notin', values: m[3].split(',').map((v) => v.trim()).filter((v) => v !== '') });
    } else if ((m = p.match(/^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/))) {
      reqs.push({ key: m[1], op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]] });
    } else if ((m = p.match(/^([^\s=!(),]+)$/))) reqs.push({ key: m[1], op: 'exists' });
    else throw new SelectorParseError(`unable to parse requirement: ${p}`);
  }
  return reqs;
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The Selector a workload's LabelSelector stands for. */
export function fromLabelSelector(ls: LabelSelector | undefined): Selector {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(ls?.matchLabels ?? {})) reqs.push({ key, op: 'in', values: [value] });
  for (const e of ls?.matchExpressions ?? []) {
    if (e.operator === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] });
    else if (e.operator === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] });
    else if (e.operator === 'Exists') reqs.push({ key: e.key, op: 'exists' });
    else reqs.push({ key: e.key, op: '!' });
  }
  return reqs;
}

export function matchesSelector(sel: Selector, labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return sel.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'exists': return has;
      case '!': return !has;
      case 'in': return has && r.values.includes(l[r.key]);
      case 'notin': return !has || !r.values.includes(l[r.key]);
    }
  });
}

/** `app=nginx,tier=web` form of a matchLabels map, as kubectl prints selectors. */
export function formatMatchLabels(labels: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
}
