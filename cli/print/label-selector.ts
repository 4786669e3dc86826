// Label and selector strings as apimachinery renders them: labels.FormatLabels and
// metav1.LabelSelectorAsSelector(...).String(). Imports only the shapes.
import type { LabelSelectorShape } from './kube-shapes.js';

/** labels.FormatLabels: `k=v` pairs sorted by key and joined by ",", `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort(byCodeUnit);
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/**
 * The selector string: requirements sorted by key; matchLabels as `k=v`; In/NotIn as
 * `k in (a,b)` with sorted values; Exists as `k`, DoesNotExist as `!k`. Empty or absent
 * selectors print as the empty string, as labels.Everything() and labels.Nothing() do.
 */
export function formatLabelSelector(selector: LabelSelectorShape | undefined): string {
  if (!selector) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) reqs.push({ key, text: `${key}=${value}` });
  for (const e of selector.matchExpressions ?? []) {
    const key = e.key ?? '';
    const values = [...(e.values ?? [])].sort(byCodeUnit);
    const list = values.length === 1 ? values[0] : values.join(',');
    switch (e.operator) {
      case 'In': reqs.push({ key, text: `${key} in (${list})` }); break;
      case 'NotIn': reqs.push({ key, text: `${key} notin (${list})` }); break;
      case 'Exists': reqs.push({ key, text: key }); break;
      case 'DoesNotExist': reqs.push({ key, text: `!${key}` }); break;
      default: return '<invalid>';
    }
  }
  reqs.sort((a, b) => byCodeUnit(a.key, b.key));
  return reqs.map((r) => r.text).join(',');
}

/** Go's string order (bytewise for ASCII; code units are close enough for label keys). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
