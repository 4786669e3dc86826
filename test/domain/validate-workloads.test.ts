import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultDeployment, defaultStatefulSet } from '../../daemon/domain/defaults.js';
import { renderFieldError } from '../../daemon/domain/field-errors.js';
import type { Deployment, DeploymentSpec, StatefulSet, StatefulSetSpec } from '../../daemon/domain/types.js';
import { validateDeployment, validateDeploymentUpdate, validateStatefulSet, validateStatefulSetUpdate } from '../../daemon/domain/validate-workloads.js';

const t = suite('validate-workloads');

const meta = (name: string) => ({ name, namespace: 'default', uid: 'u', resourceVersion: '5', creationTimestamp: '2024-01-01T00:00:00Z', generation: 1 });
const template = (labels?: Record<string, string>) => ({ metadata: labels ? { labels } : {}, spec: { containers: [{ name: 'nginx', image: 'nginx:1.23.2' }] } });
const deploy = (spec: Partial<DeploymentSpec>, name = 'nginx'): Deployment => defaultDeployment({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(name), status: {},
  spec: { selector: { matchLabels: { app: 'nginx' } }, template: template({ app: 'nginx' }), ...spec },
});
const sts = (spec: Partial<StatefulSetSpec>, name = 'web'): StatefulSet => defaultStatefulSet({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta(name), status: {},
  spec: { serviceName: 'web', selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }), ...spec },
});

const MISMATCH = 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`';
const cases: { name: string; got: string[]; want: string[] }[] = [
  { name: 'deployment ok', got: validateDeployment(deploy({})).map(renderFieldError), want: [] },
  { name: 'negative replicas', got: validateDeployment(deploy({ replicas: -1 })).map(renderFieldError), want: ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
  { name: 'selector mismatch', got: validateDeployment(deploy({ template: template({ app: 'other' }) })).map(renderFieldError), want: [MISMATCH] },
  // A nil selector matches nothing, so the mismatch error comes with the Required one.
  { name: 'selector missing', got: validateDeployment(deploy({ selector: undefined as unknown as DeploymentSpec['selector'], template: template({ app: 'other' }) })).map(renderFieldError),
    want: ['spec.selector: Required value', MISMATCH] },
  { name: 'empty selector', got: validateDeployment(deploy({ selector: {} })).map(renderFieldError),
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'] },
  { name: 'template spec validated with its prefix', got: validateDeployment(deploy({ template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'Nginx', image: 'nginx' }] } } })).map(renderFieldError),
    want: ["spec.template.spec.containers[0].name: Invalid value: \"Nginx\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"] },
  { name: 'template restartPolicy must be Always', got: validateDeployment(deploy({ template: { metadata: { labels: { app: 'nginx' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'n', image: 'nginx' }] } } })).map(renderFieldError),
    want: ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'] },
  { name: 'bad maxSurge', got: validateDeployment(deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '2x' } } })).map(renderFieldError),
    want: ["spec.strategy.rollingUpdate.maxSurge: Invalid value: 2x: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"] },
  { name: 'both zero', got: validateDeployment(deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } })).map(renderFieldError),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'] },
  { name: 'maxUnavailable over 100%', got: validateDeployment(deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '150%', maxSurge: '200%' } } })).map(renderFieldError),
    want: ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 150%: must not be greater than 100%'] },
  { name: 'progress deadline', got: validateDeployment(deploy({ minReadySeconds: 10, progressDeadlineSeconds: 10 })).map(renderFieldError),
    want: ['spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds'] },
  { name: 'selector immutable', got: validateDeploymentUpdate(deploy({ selector: { matchLabels: { app: 'nginx', tier: 'web' } }, template: template({ app: 'nginx', tier: 'web' }) }), deploy({})).map(renderFieldError),
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"nginx", "tier":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable'] },
  { name: 'scale is an update', got: validateDeploymentUpdate(deploy({ replicas: 5 }), deploy({})).map(renderFieldError), want: [] },
  { name: 'statefulset ok', got: validateStatefulSet(sts({})).map(renderFieldError), want: [] },
  // StatefulSet names are DNS labels (pods are <name>-<ordinal>).
  { name: 'statefulset name with a dot', got: validateStatefulSet(sts({}, 'web.v1')).map(renderFieldError), want: ['metadata.name: Invalid value: "web.v1": must not contain dots'] },
  { name: 'statefulset empty selector', got: validateStatefulSet(sts({ selector: {} })).map(renderFieldError),
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for statefulset'] },
  { name: 'statefulset podManagementPolicy', got: validateStatefulSet(sts({ podManagementPolicy: 'Random' as 'Parallel' })).map(renderFieldError),
    want: ["spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'"] },
  // Upstream does not validate a StatefulSet's pod spec (kubernetes#60619).
  { name: 'statefulset template spec not validated', got: validateStatefulSet(sts({ template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'Bad', image: '' }] } } })).map(renderFieldError), want: [] },
  { name: 'statefulset serviceName immutable', got: validateStatefulSetUpdate(sts({ serviceName: 'other' }), sts({})).map(renderFieldError),
    want: ["spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"] },
  { name: 'statefulset scale', got: validateStatefulSetUpdate(sts({ replicas: 3 }), sts({})).map(renderFieldError), want: [] },
];
for (const c of cases) t(c.name, () => assert.equal(c.got, c.want));

t.run();
