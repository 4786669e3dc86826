// The pods a Deployment or StatefulSet wants, as the ReplicaSet and StatefulSet controllers
// name and label them: `<deploy>-<pod-template-hash>-<5 chars>` and `<sts>-<ordinal>`. Pure
// but for the RNG it is given.
import type { Deployment, OwnerReference, Pod, PodTemplateSpec, StatefulSet } from '../domain/types.js';
import { Rng, safeEncodeString } from '../sim/rng.js';

/**
 * pod-template-hash: controller.ComputeHash hashes the template with FNV-32a and encodes the
 * decimal value with rand.SafeEncodeString. Go's DeepHashObject hashes spew's dump of the Go
 * struct; we hash canonical JSON (sorted keys) instead, so values differ from a real cluster's
 * but keep their properties: stable for one template, different when it changes.
 */
export function podTemplateHash(template: PodTemplateSpec, collisionCount = 0): string {
  return safeEncodeString(String(fnv32a(canonicalJson(template) + (collisionCount ? String(collisionCount) : ''))));
}

function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** A new pod for a Deployment: owned by its (implicit) ReplicaSet `<name>-<hash>`. */
export function deploymentPod(d: Deployment, rng: Rng, replicaSetUid: string): Pod {
  const hash = podTemplateHash(d.spec.template);
  const rsName = `${d.metadata.name}-${hash}`;
  const owner: OwnerReference = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: replicaSetUid, controller: true, blockOwnerDeletion: true };
  return templatePod(d.spec.template, {
    name: `${rsName}-${rng.kubeSuffix(5)}`, namespace: d.metadata.namespace!, owner,
    labels: { ...d.spec.template.metadata?.labels, 'pod-template-hash': hash },
  });
}

/** Pod `<sts>-<ordinal>`: hostname is the pod name, subdomain the governing Service. */
export function statefulSetPod(s: StatefulSet, ordinal: number, revision: string): Pod {
  const name = `${s.metadata.name}-${ordinal}`;
  const owner: OwnerReference = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: s.metadata.name, uid: s.metadata.uid, controller: true, blockOwnerDeletion: true };
  const pod = templatePod(s.spec.template, {
    name, namespace: s.metadata.namespace!, owner,
    labels: {
      ...s.spec.template.metadata?.labels, 'apps.kubernetes.io/pod-index': String(ordinal),
      'controller-revision-hash': `${s.metadata.name}-${revision}`, 'statefulset.kubernetes.io/pod-name': name,
    },
  });
  return { ...pod, spec: { ...pod.spec, hostname: name, subdomain: s.spec.serviceName || undefined } };
}

function templatePod(t: PodTemplateSpec, o: { name: string; namespace: string; owner: OwnerReference; labels: Record<string, string> }): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: o.name, namespace: o.namespace, labels: o.labels, uid: '', resourceVersion: '', creationTimestamp: '',
      ...(t.metadata?.annotations ? { annotations: t.metadata.annotations } : {}), ownerReferences: [o.owner],
    },
    spec: structuredClone(t.spec),
    status: {},
  };
}

/** The uid of the implicit ReplicaSet of a Deployment's current template (stable per template). */
export function replicaSetUid(d: Deployment): string {
  return new Rng(fnv32a(d.metadata.uid + podTemplateHash(d.spec.template))).uuid();
}

export function ownedBy(pod: Pod, kind: string, name: string): boolean {
  return (pod.metadata.ownerReferences ?? []).some((r) => r.controller && r.kind === kind
    && (kind === 'ReplicaSet' ? r.name.startsWith(`${name}-`) && r.name.lastIndexOf('-') === name.length : r.name === name));
}
