// The in-memory view of the stored objects: one map per kind plus its keys in sorted order,
// so list() is ordered by namespace then name. Writes are O(1); the sorted key array absorbs
// them with one merge at the next list. Imports keys.ts only.
import type { Resource, ResourceKind } from '../domain/types.js';
import { scopedNamespace, sortKey } from './keys.js';

class KindIndex {
  readonly byKey = new Map<string, Resource>();
  private sortedKeys: string[] = [];     // ascending; may hold deleted keys until the next merge
  private added: string[] = [];          // keys new since the last merge, unordered
  private dirty = false;

  set(k: string, obj: Resource): void {
    if (!this.byKey.has(k)) { this.added.push(k); this.dirty = true; }
    this.byKey.set(k, obj);
  }

  delete(k: string): void {
    if (this.byKey.delete(k)) this.dirty = true;
  }

  /** The live keys in ascending string order (namespace, NUL, name). */
  sorted(): string[] {
    if (this.dirty) this.merge();
    return this.sortedKeys;
  }

  /** Index of the first sorted key >= k. */
  lowerBound(k: string): number {
    const keys = this.sorted();
    let lo = 0, hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < k) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Merges the added keys in, dropping deleted ones and duplicates (delete then re-add). */
  private merge(): void {
    const a = this.sortedKeys, b = this.added.sort(), out: string[] = [];
    let i = 0, j = 0;
    while (i < a.length || j < b.length) {
      const k = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (this.byKey.has(k) && out[out.length - 1] !== k) out.push(k);
    }
    this.sortedKeys = out;
    this.added = [];
    this.dirty = false;
  }
}

export class ObjectIndex {
  private readonly kinds = new Map<ResourceKind, KindIndex>();

  get(kind: ResourceKind, namespace: string | undefined, name: string): Resource | undefined {
    return this.kinds.get(kind)?.byKey.get(sortKey(scopedNamespace(kind, namespace), name));
  }

  /** Inserts or replaces the object under its own kind, namespace and name. */
  set(obj: Resource): void {
    let idx = this.kinds.get(obj.kind);
    if (!idx) this.kinds.set(obj.kind, idx = new KindIndex());
    idx.set(sortKey(scopedNamespace(obj.kind, obj.metadata.namespace), obj.metadata.name), obj);
  }

  delete(kind: ResourceKind, namespace: string | undefined, name: string): void {
    this.kinds.get(kind)?.delete(sortKey(scopedNamespace(kind, namespace), name));
  }

  /** Sorted by namespace then name; `namespace` undefined = every namespace. */
  list(kind: ResourceKind, namespace?: string): Resource[] {
    const idx = this.kinds.get(kind);
    if (!idx) return [];
    const keys = idx.sorted();
    if (namespace === undefined) return keys.map((k) => idx.byKey.get(k)!);
    const prefix = sortKey(scopedNamespace(kind, namespace), '');
    const out: Resource[] = [];
    for (let i = idx.lowerBound(prefix); i < keys.length && keys[i].startsWith(prefix); i++) out.push(idx.byKey.get(keys[i])!);
    return out;
  }

  count(kind: ResourceKind): number {
    return this.kinds.get(kind)?.byKey.size ?? 0;
  }
}
