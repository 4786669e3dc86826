// Container list validation: names, image, ports (R11.1), env, pull policy, hostPort conflicts
// across the pod (R11.2), the hostNetwork port rule. Pure; imports domain/ only. Source:
// pkg/apis/core/validation/validation.go validateContainers, validateContainerPorts, AccumulateUniqueHostPorts.
import { duplicate, invalid, notSupported, required, type FieldError } from './field-errors.js';
import type { Container, ContainerPort } from './types.js';
import { validateEnv } from './validate-env.js';
import { isDns1123Label, isValidPortName, isValidPortNum } from './validate-names.js';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];

function validatePorts(ports: readonly ContainerPort[] | undefined, field: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const p = `${field}[${i}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${p}.name`, port.name, m)));
      else if (names.has(port.name)) errs.push(duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(`${p}.containerPort`));
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(`${p}.containerPort`, port.containerPort, m)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((m) => invalid(`${p}.hostPort`, port.hostPort, m)));
    const proto = port.protocol as string | undefined;
    if (proto === '') errs.push(required(`${p}.protocol`));
    else if (proto !== undefined && !PROTOCOLS.includes(proto)) errs.push(notSupported(`${p}.protocol`, proto, PROTOCOLS));
  });
  return errs;
}

/** validateContainerCommon; unset defaulted fields (pull and message policies) are skipped. */
function validateContainer(c: Container, field: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${field}.name`));
  else errs.push(...isDns1123Label(c.name).map((m) => invalid(`${field}.name`, c.name, m)));
  if (!c.image) errs.push(required(`${field}.image`));
  const tmp = c.terminationMessagePolicy as string | undefined;
  if (tmp === '') errs.push(required(`${field}.terminationMessagePolicy`));
  else if (tmp !== undefined && !MESSAGE_POLICIES.includes(tmp)) {
    errs.push(notSupported(`${field}.terminationMessagePolicy`, tmp, MESSAGE_POLICIES));
  }
  errs.push(...validatePorts(c.ports, `${field}.ports`));
  errs.push(...validateEnv(c.env, `${field}.env`));
  const pull = c.imagePullPolicy as string | undefined;
  if (pull === '') errs.push(required(`${field}.imagePullPolicy`));
  else if (pull !== undefined && !PULL_POLICIES.includes(pull)) errs.push(notSupported(`${field}.imagePullPolicy`, pull, PULL_POLICIES));
  return errs;
}

/** AccumulateUniqueHostPorts: key `<protocol>/<hostIP>/<hostPort>` across every container. */
export function checkHostPortConflicts(containers: readonly Container[], field: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => (c.ports ?? []).forEach((port, pi) => {
    if (!port.hostPort) return;
    const key = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${port.hostPort}`;
    if (seen.has(key)) errs.push(duplicate(`${field}[${ci}].ports[${pi}].hostPort`, key));
    else seen.add(key);
  }));
  return errs;
}

/** validateContainers: at least one, each valid, names unique, host ports unique. */
export function validateContainers(containers: readonly Container[] | undefined, field: string): FieldError[] {
  if (!containers || containers.length === 0) return [required(field)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    errs.push(...validateContainer(c, `${field}[${i}]`));
    if (names.has(c.name)) errs.push(duplicate(`${field}[${i}].name`, c.name));
    else names.add(c.name);
  });
  errs.push(...checkHostPortConflicts(containers, field));
  return errs;
}

/** validateContainersOnlyForPod: images of a Pod (not a template) must be trimmed. */
export function validateContainersOnlyForPod(containers: readonly Container[], field: string): FieldError[] {
  return containers.flatMap((c, i) => (c.image && c.image !== c.image.trim()
    ? [invalid(`${field}[${i}].image`, c.image, 'must not have leading or trailing whitespace')] : []));
}

/**
 * validatePodHostNetworkDeps: with hostNetwork, hostPort must equal containerPort; a
 * template (not `resourceIsPod`) may leave it 0 since the pod's defaulting fills it.
 */
export function validateHostNetworkPorts(containers: readonly Container[], hostNetwork: boolean, field: string, resourceIsPod: boolean): FieldError[] {
  if (!hostNetwork) return [];
  const errs: FieldError[] = [];
  containers.forEach((c, i) => (c.ports ?? []).forEach((port, j) => {
    const hp = port.hostPort ?? 0;
    if ((resourceIsPod || hp !== 0) && hp !== port.containerPort) {
      errs.push(invalid(`${field}[${i}].ports[${j}].hostPort`, hp, 'must match `containerPort` when `hostNetwork` is true'));
    }
  }));
  return errs;
}
