// The durable embedded Store: lmdb (lmdb-js 3) on disk, the whole state in memory, one global
// revision, group-committed atomic writes acknowledged only once fsynced, watch from a ring.
// Imports lmdb and daemon/{domain,store}; never daemon/cluster, rpc or proto.
import { mkdirSync } from 'node:fs';
import { open, type Database, type RootDatabase } from 'lmdb';
import { DomainError, NotReadyError } from '../domain/errors.js';
import type { Resource, ResourceKind } from '../domain/types.js';
import { decodeFrozen } from './frozen-json.js';
import { keyOf } from './keys.js';
import { ObjectIndex } from './object-index.js';
import { stageOps, type Staged } from './stage.js';
import type { CommitResult, Store, WatchEvent, WriteOp } from './store.js';
import { WatchHub } from './watch-hub.js';

export interface LmdbStoreOptions {
  /** Watch events kept for resuming watches (default 10,000). */
  historySize?: number;
  /** Called once when a write failed after memory changed; memory and disk disagree, so the
   *  daemon must exit. Default: print the error and exit(1). */
  onFatal?: (err: unknown) => void;
}

interface PendingCommit {
  events: WatchEvent[];
  result: CommitResult;
  durable: boolean;
  resolve: (r: CommitResult) => void;
  reject: (err: unknown) => void;
}

const REVISION_KEY = 'revision';

/**
 * Opens (creating) the store in `dir` and loads it into memory. Errors: the lmdb open error, or
 * an Error naming the first stored record that does not decode as the object its key names.
 */
export async function openLmdbStore(dir: string, opts: LmdbStoreOptions = {}): Promise<LmdbStore> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Durability settings, and why (reliability.md promise 1):
  // - lmdb-js defaults are kept: overlappingSync (on by default off Windows) commits each
  //   transaction under the write lock and fsyncs it after, outside the lock, so the next batch's
  //   commit overlaps the previous flush; noSync stays off (it can lose or corrupt data).
  // - eventTurnBatching (default) puts every write issued in one event turn into one
  //   transaction: concurrent commit() calls group-commit. Each commit is one batch(), which
  //   lmdb-js guarantees lands in a single transaction.
  // - A commit is acknowledged after its batch() promise (committed) AND `db.flushed` (fsynced).
  //   Committed alone already survives kill -9 (lmdb-js restores the last committed transaction
  //   while the boot id is unchanged); flushed also survives power loss.
  const env = open({ path: dir, maxDbs: 4 });
  try {
    const dbs = {
      objects: env.openDB<string, string>('objects', { encoding: 'string' }),
      meta: env.openDB<string, string>('meta', { encoding: 'string' }),
      sys: env.openDB<string, string>('store', { encoding: 'string' }),
    };
    return new LmdbStore(env, dbs, opts);
  } catch (err) {
    await env.close();
    throw err;
  }
}

interface Dbs { objects: Database<string, string>; meta: Database<string, string>; sys: Database<string, string> }

export class LmdbStore implements Store {
  private readonly index = new ObjectIndex();
  private readonly meta = new Map<string, unknown>();
  private readonly hub: WatchHub;
  private readonly onFatal: (err: unknown) => void;
  private rev: number;
  private pending: PendingCommit[] = [];
  private failure: unknown;
  private closing?: Promise<void>;
  private tail: Promise<void> = Promise.resolve();

  /** Use openLmdbStore. */
  constructor(private readonly env: RootDatabase, private readonly dbs: Dbs, opts: LmdbStoreOptions) {
    this.onFatal = opts.onFatal ?? exitOnFatal;
    this.rev = this.load();
    this.hub = new WatchHub(opts.historySize ?? 10_000, this.rev);
  }

  get revision(): number { return this.rev; }
  get oldestRevision(): number { return this.hub.oldestRevision; }

  get<K extends ResourceKind>(kind: K, namespace: string | undefined, name: string): Extract<Resource, { kind: K }> | undefined {
    return this.index.get(kind, namespace, name) as Extract<Resource, { kind: K }> | undefined;
  }

  list<K extends ResourceKind>(kind: K, namespace?: string): Extract<Resource, { kind: K }>[] {
    return this.index.list(kind, namespace) as Extract<Resource, { kind: K }>[];
  }

  getMeta<T = unknown>(key: string): T | undefined {
    return this.meta.get(key) as T | undefined;
  }

  /** Errors, thrown before anything changes: see stageOps; NotReadyError after close or a failed write. */
  commit(ops: readonly WriteOp[]): Promise<CommitResult> {
    this.assertWritable();
    if (ops.length === 0) return this.idle().then(() => ({ revision: this.rev, objects: [] }));
    const staged = stageOps(ops, this.index, this.rev + 1);
    let durable: Promise<unknown>;
    try {
      durable = this.persist(staged);
    } catch (err) {
      this.fail(err);
      throw err;
    }
    this.rev = staged.revision;
    this.apply(staged);
    const acked = new Promise<CommitResult>((resolve, reject) => {
      const entry: PendingCommit = {
        events: staged.events, durable: false, resolve, reject,
        result: { revision: staged.revision, objects: staged.objects.map((c) => c.stored) },
      };
      this.pending.push(entry);
      durable.then(() => { entry.durable = true; this.drain(); }, (err) => this.fail(err));
    });
    this.tail = acked.then(noop, noop);
    return acked;
  }

  watch(kind: ResourceKind | '*', fromRevision: number, listener: (e: WatchEvent) => void): () => void {
    return this.hub.watch(kind, fromRevision, listener);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.idle();
      this.hub.clear();
      await this.env.close();
    })();
    return this.closing;
  }

  /** Reads every record into memory; returns the stored revision. */
  private load(): number {
    const rev = Number(this.dbs.sys.get(REVISION_KEY) ?? '0');
    for (const { key, value } of this.dbs.objects.getRange()) {
      const obj = decodeFrozen<Resource>(value);
      if (keyOf(obj) !== key || !(Number(obj.metadata.resourceVersion) <= rev)) {
        throw new Error(`store: record ${JSON.stringify(key)} does not match its key or revision ${rev}`);
      }
      this.index.set(obj);
    }
    for (const { key, value } of this.dbs.meta.getRange()) this.meta.set(key, decodeFrozen(value));
    return rev;
  }

  /** Queues the commit as one lmdb batch; resolves once it is committed and flushed. */
  private persist(s: Staged): Promise<unknown> {
    const { objects, meta, sys } = this.dbs;
    const written = objects.batch(() => {
      for (const c of s.objects) {
        if (c.text === undefined) objects.remove(c.key); else objects.put(c.key, c.text);
      }
      for (const m of s.metas) {
        if (m.text === undefined) meta.remove(m.key); else meta.put(m.key, m.text);
      }
      sys.put(REVISION_KEY, String(s.revision));
    });
    return written.then(() => objects.flushed);
  }

  private apply(s: Staged): void {
    for (const c of s.objects) {
      if (c.text === undefined) this.index.delete(c.kind, c.namespace, c.name); else this.index.set(c.stored);
    }
    for (const m of s.metas) {
      if (m.text === undefined) this.meta.delete(m.key); else this.meta.set(m.key, m.value);
    }
  }

  /** Acknowledges durable commits and publishes their events, strictly in revision order. */
  private drain(): void {
    while (this.pending.length > 0 && this.pending[0].durable) {
      const entry = this.pending.shift()!;
      this.hub.publish(entry.events);
      entry.resolve(entry.result);
    }
  }

  private fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err ?? new Error('store: write failed');
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) p.reject(err);
    try { this.onFatal(err); } catch { /* the daemon is exiting either way */ }
  }

  private assertWritable(): void {
    if (this.failure !== undefined) throw new DomainError('INTERNAL', `store: a durable write failed, restart required: ${String(this.failure)}`);
    if (this.closing) throw new NotReadyError('store is closed');
  }

  /** Resolves once every commit issued so far has settled (they settle in revision order). */
  private idle(): Promise<void> {
    return this.tail;
  }
}

function noop(): void {}

function exitOnFatal(err: unknown): void {
  process.stderr.write(`netsimd: store write failed, memory and disk disagree; exiting: ${String(err)}\n`);
  process.exit(1);
}
