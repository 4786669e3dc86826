// Test fixtures for the store tests: minimal objects of each kind and a temporary store dir.
// Test-only; imports daemon/domain types and daemon/store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Namespace, Node, Pod } from '../../daemon/domain/types.js';

export function pod(namespace: string, name: string, podIP = ''): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace, uid: `uid-${namespace}-${name}`, resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: { containers: [{ name: 'c', image: 'busybox' }] },
    status: podIP ? { phase: 'Running', podIP, podIPs: [{ ip: podIP }] } : { phase: 'Pending' },
  };
}

export function node(name: string): Node {
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, uid: `uid-${name}`, resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z' },
    spec: {}, status: {},
  };
}

export function namespace(name: string): Namespace {
  return {
    apiVersion: 'v1', kind: 'Namespace',
    metadata: { name, uid: `uid-ns-${name}`, resourceVersion: '', creationTimestamp: '2024-01-01T00:00:00Z' },
    status: { phase: 'Active' },
  };
}

/** A fresh directory under the OS temp dir; `cleanup` removes it. */
export function tempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `netsim-store-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
