// `kubectl get -o json|yaml|name`: one object as itself, several (or a list request) wrapped in
// kubectl's `List` (get.go printGeneric), and cli-runtime's NamePrinter `kind.group/name` lines.
// Imports only sibling print modules.
import { printJson } from './json.js';
import type { KubeObject } from './kube-shapes.js';
import { printYaml } from './yaml.js';

export type ObjectFormat = 'json' | 'yaml' | 'name';

/** get.go printGeneric's list: `{"apiVersion":"v1","items":[...],"kind":"List","metadata":{"resourceVersion":""}}`. */
export function asList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}

/** `pod`, `node`, `deployment.apps`: lower-case kind, then `.group` unless the group is core. */
export function groupKindPrefix(obj: KubeObject): string {
  if (!obj.kind) throw new Error('missing apiVersion or kind; try GetObjectKind().SetGroupVersionKind() if you know the type');
  const apiVersion = obj.apiVersion ?? '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  return group ? `${obj.kind.toLowerCase()}.${group}` : obj.kind.toLowerCase();
}

/** NamePrinter: `pod/web-0\n` (`<unknown>` for an unnamed object). */
export function printName(obj: KubeObject): string {
  return `${groupKindPrefix(obj)}/${obj.metadata?.name || '<unknown>'}\n`;
}

/**
 * The stdout of `kubectl get ... -o FORMAT`. `singleItem` is kubectl's singleItemImplied (one
 * object requested by name): that object is printed as is; otherwise the items go in a List.
 */
export function printObjects(format: ObjectFormat, items: readonly KubeObject[], singleItem: boolean): string {
  if (format === 'name') return items.map(printName).join('');
  const obj = singleItem && items.length === 1 ? items[0] : asList(items);
  return format === 'json' ? printJson(obj) : printYaml(obj);
}
