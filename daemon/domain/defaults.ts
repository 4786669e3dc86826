// What the apiserver fills in so `-o yaml` reads like kubectl's: v1/apps-v1 defaulting and the
// ServiceAccount, Priority and DefaultTolerationSeconds admission plugins. Pure (new objects);
// imports types.ts only. Source: pkg/apis/core/v1/defaults.go, pkg/apis/apps/v1/defaults.go.
import type { Container, Deployment, EnvVar, Pod, PodSpec, PodTemplateSpec, StatefulSet, Toleration } from './types.js';

// distribution/reference grammar (docker/reference regexp.go), enough to find the tag.
const DOMAIN = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*';
const REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);

/**
 * parsers.ParseImageName's tag: the explicit tag, `latest` when neither tag nor digest is
 * given, '' for a digest-only or unparsable reference.
 */
export function imageTag(image: string): string {
  const m = REFERENCE.exec(image);
  if (!m) return '';
  return m[2] ?? (m[3] ? '' : 'latest');
}

/** SetDefaults_Container: pull policy from the tag, termination message path and policy. */
function defaultContainer(c: Container, hostNetworkPorts: boolean): Container {
  const out: Container = {
    ...c,
    imagePullPolicy: c.imagePullPolicy || (imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent'),
    resources: c.resources ?? {},
    terminationMessagePath: c.terminationMessagePath || '/dev/termination-log',
    terminationMessagePolicy: c.terminationMessagePolicy || 'File',
  };
  if (c.ports) {
    out.ports = c.ports.map((p) => ({
      ...p,
      protocol: p.protocol || 'TCP',
      // SetDefaults_Pod defaultHostNetworkPorts (pods only; templates keep 0).
      ...(hostNetworkPorts && !p.hostPort ? { hostPort: p.containerPort } : {}),
    }));
  }
  if (c.env) out.env = c.env.map(defaultEnvVar);
  return out;
}

/** SetDefaults_ObjectFieldSelector: apiVersion v1. */
function defaultEnvVar(e: EnvVar): EnvVar {
  const ref = e.valueFrom?.fieldRef;
  if (!ref || ref.apiVersion) return e;
  return { ...e, valueFrom: { ...e.valueFrom, fieldRef: { ...ref, apiVersion: 'v1' } } };
}

/** SetDefaults_PodSpec (and the containers in it), as applied to pods and templates alike. */
export function defaultPodSpec(spec: PodSpec | undefined, opts: { isPod?: boolean } = {}): PodSpec {
  const s: PodSpec = spec ?? { containers: [] };
  return {
    ...s,
    containers: (s.containers ?? []).map((c) => defaultContainer(c, opts.isPod === true && s.hostNetwork === true)),
    dnsPolicy: s.dnsPolicy || 'ClusterFirst',
    restartPolicy: s.restartPolicy || 'Always',
    securityContext: s.securityContext ?? {},
    terminationGracePeriodSeconds: s.terminationGracePeriodSeconds ?? 30,
    schedulerName: s.schedulerName || 'default-scheduler',
  };
}

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';

/**
 * DefaultTolerationSeconds admission: NoExecute tolerations of 300 s for not-ready and
 * unreachable nodes, unless the pod already tolerates those taints (an empty key or
 * effect matches).
 */
export function withDefaultTolerations(tolerations: readonly Toleration[] | undefined): Toleration[] {
  const given = tolerations ?? [];
  const tolerates = (key: string) => given.some((t) => (!t.key || t.key === key) && (!t.effect || t.effect === 'NoExecute'));
  const add = (key: string): Toleration => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  const out = [...given];
  if (!tolerates(NOT_READY)) out.push(add(NOT_READY));
  if (!tolerates(UNREACHABLE)) out.push(add(UNREACHABLE));
  return out;
}

/**
 * A pod as the apiserver stores it on create: v1 defaults, enableServiceLinks, the default
 * service account (the deprecated `serviceAccount` mirrors it, as v1 conversion does),
 * priority 0 / PreemptLowerPriority, and the default tolerations.
 */
export function defaultPod(pod: Pod): Pod {
  const spec = defaultPodSpec(pod.spec, { isPod: true });
  const sa = spec.serviceAccountName || 'default';
  return {
    ...pod,
    spec: {
      ...spec,
      enableServiceLinks: spec.enableServiceLinks ?? true,
      serviceAccountName: sa,
      serviceAccount: sa,
      priority: spec.priority ?? 0,
      preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
      tolerations: withDefaultTolerations(spec.tolerations),
    },
  };
}

function defaultTemplate(t: PodTemplateSpec | undefined): PodTemplateSpec {
  return { ...t, spec: defaultPodSpec(t?.spec) };
}

/** SetDefaults_Deployment: 1 replica, RollingUpdate 25%/25%, 10 revisions, 600 s deadline. */
export function defaultDeployment(d: Deployment): Deployment {
  const s = d.spec ?? ({} as Deployment['spec']);
  const type = s.strategy?.type || 'RollingUpdate';
  const strategy: Deployment['spec']['strategy'] = { ...s.strategy, type };
  if (type === 'RollingUpdate') {
    strategy.rollingUpdate = { ...s.strategy?.rollingUpdate };
    strategy.rollingUpdate.maxUnavailable ??= '25%';
    strategy.rollingUpdate.maxSurge ??= '25%';
  }
  return {
    ...d,
    spec: {
      ...s,
      replicas: s.replicas ?? 1,
      strategy,
      revisionHistoryLimit: s.revisionHistoryLimit ?? 10,
      progressDeadlineSeconds: s.progressDeadlineSeconds ?? 600,
      template: defaultTemplate(s.template),
    },
  };
}

/**
 * SetDefaults_StatefulSet: OrderedReady, RollingUpdate with partition 0 (only when the type
 * itself was defaulted or rollingUpdate is given), Retain/Retain PVC policy
 * (StatefulSetAutoDeletePVC is beta and on in v1.31), 1 replica, 10 revisions.
 */
export function defaultStatefulSet(st: StatefulSet): StatefulSet {
  const s = st.spec ?? ({} as StatefulSet['spec']);
  let updateStrategy = { ...s.updateStrategy };
  if (!updateStrategy.type) updateStrategy = { type: 'RollingUpdate', rollingUpdate: updateStrategy.rollingUpdate ?? {} };
  if (updateStrategy.type === 'RollingUpdate' && updateStrategy.rollingUpdate) {
    updateStrategy.rollingUpdate = { ...updateStrategy.rollingUpdate, partition: updateStrategy.rollingUpdate.partition ?? 0 };
  }
  const pvc = s.persistentVolumeClaimRetentionPolicy;
  return {
    ...st,
    spec: {
      ...s,
      podManagementPolicy: s.podManagementPolicy || 'OrderedReady',
      updateStrategy,
      persistentVolumeClaimRetentionPolicy: { whenDeleted: pvc?.whenDeleted || 'Retain', whenScaled: pvc?.whenScaled || 'Retain' },
      replicas: s.replicas ?? 1,
      revisionHistoryLimit: s.revisionHistoryLimit ?? 10,
      template: defaultTemplate(s.template),
    },
  };
}
