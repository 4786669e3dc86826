// The keyed object store the control plane writes through: one global revision (etcd-like),
// resourceVersion = the revision of an object's last write, atomic multi-object commits that
// resolve only once durable, and watch events from a bounded history. Backends: lmdb.ts.
import type { Resource, ResourceKind } from '../domain/types.js';

export interface ObjectKey { kind: ResourceKind; namespace?: string; name: string }

/** One operation of an atomic commit. `expectVersion` makes it conditional (stale: ConflictError). */
export type WriteOp =
  | { op: 'put'; object: Resource; expectVersion?: string }       // create when expectVersion === '' (must not exist)
  | { op: 'delete'; key: ObjectKey; expectVersion?: string }
  | { op: 'meta'; key: string; value: unknown };                  // allocator cursors, stored config ...

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: Resource;              // for DELETED: the last state, resourceVersion = the delete's revision
  revision: number;
}

export interface CommitResult {
  revision: number;
  /** The objects as stored, with resourceVersion set, in op order (deletes: the removed object). */
  objects: Resource[];
}

export interface Store {
  /** The revision of the last commit applied in memory. */
  readonly revision: number;
  get<K extends ResourceKind>(kind: K, namespace: string | undefined, name: string): Extract<Resource, { kind: K }> | undefined;
  /** Objects of a kind sorted by namespace then name; `namespace` undefined = all namespaces. */
  list<K extends ResourceKind>(kind: K, namespace?: string): Extract<Resource, { kind: K }>[];
  getMeta<T = unknown>(key: string): T | undefined;
  /**
   * Applies `ops` atomically: the in-memory view changes at once (so the next write sees it)
   * and the promise resolves after the durable commit (group-committed with concurrent
   * calls). Throws ConflictError, AlreadyExistsError or NotFoundError synchronously-checked
   * before anything changes; nothing is half-applied.
   */
  commit(ops: readonly WriteOp[]): Promise<CommitResult>;
  /**
   * Events for `kind` after `fromRevision` (0 = none from history, only new ones), delivered
   * in revision order once durable. Throws ExpiredError when that history is gone.
   * Returns the function that stops the watch.
   */
  watch(kind: ResourceKind | '*', fromRevision: number, listener: (e: WatchEvent) => void): () => void;
  /** The oldest revision still replayable by watch. */
  readonly oldestRevision: number;
  /** Resolves after every acknowledged commit is on disk; then closes. */
  close(): Promise<void>;
}
