// Service port validation (names, numbers, protocols, targetPort, nodePort rules of spec R3.2)
// worded as kube-apiserver words it. Pure. Source: pkg/apis/core/validation/validation.go
// validateServicePort, ValidatePortNumOrName and the port checks of ValidateService.
import { duplicate, forbidden, goQuote, invalid, notSupported, required, type FieldError } from '../domain/field-errors.js';
import type { IntOrString, ServicePort, ServiceSpec } from '../domain/service-types.js';
import { isDns1123Label, isQualifiedName, isValidPortName, isValidPortNum } from '../domain/validate-names.js';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
/** ports.KubeletPort */
export const KUBELET_PORT = 10250;

function validatePortNumOrName(port: IntOrString | undefined, field: string): FieldError[] {
  if (typeof port === 'number') return isValidPortNum(port).map((m) => invalid(field, port, m));
  return isValidPortName(port ?? '').map((m) => invalid(field, port ?? '', m));
}

function validateServicePort(sp: ServicePort, requireName: boolean, names: Set<string>, field: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = sp.name ?? '';
  if (requireName && !name) errs.push(required(`${field}.name`));
  else if (name) {
    errs.push(...isDns1123Label(name).map((m) => invalid(`${field}.name`, name, m)));
    if (names.has(name)) errs.push(duplicate(`${field}.name`, name));
    else names.add(name);
  }
  errs.push(...isValidPortNum(sp.port).map((m) => invalid(`${field}.port`, sp.port, m)));
  if (!sp.protocol) errs.push(required(`${field}.protocol`));
  else if (!PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${field}.protocol`, sp.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${field}.targetPort`));
  if (sp.appProtocol !== undefined) errs.push(...isQualifiedName(sp.appProtocol).map((m) => invalid(`${field}.appProtocol`, sp.appProtocol, m)));
  return errs;
}

/** `%#v` of the core.ServicePort key {Protocol, Port} the duplicate check builds. */
function goPortKey(protocol: string, port: number): { goSyntax: string } {
  return { goSyntax: `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}` };
}

function validateDuplicates(ports: readonly ServicePort[]): FieldError[] {
  const errs: FieldError[] = [];
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol ?? ''}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port}`;
    if (seen.has(key)) errs.push(duplicate(`spec.ports[${i}]`, goPortKey(p.protocol ?? '', p.port)));
    seen.add(key);
  });
  return errs;
}

/** Per-port checks, in ValidateService's order: kubelet port on LB is checked with the type. */
export function validateServicePorts(spec: ServiceSpec): FieldError[] {
  const ports = spec.ports ?? [];
  const names = new Set<string>();
  return ports.flatMap((p, i) => validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`));
}

export function validateLoadBalancerPorts(spec: ServiceSpec): FieldError[] {
  return (spec.ports ?? []).flatMap((p, i) => (p.port === KUBELET_PORT
    ? [invalid(`spec.ports[${i}]`, p.port, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`)] : []));
}

/** nodePort forbidden on ClusterIP, then duplicate (protocol, nodePort) and (protocol, port). */
export function validateNodePortRules(spec: ServiceSpec): FieldError[] {
  const ports = spec.ports ?? [];
  const errs: FieldError[] = [];
  if (spec.type === 'ClusterIP') {
    ports.forEach((p, i) => { if (p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'")); });
  }
  return [...errs, ...validateDuplicates(ports)];
}
