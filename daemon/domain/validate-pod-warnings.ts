// Pod warnings kubectl prints as `Warning: ...`: duplicate/overlapping/ambiguous ports (R11.3),
// hostIP without hostPort, hidden env entries, duplicate hostAlias IPs, negative grace periods.
// Pure; imports types.ts only. Source: pkg/api/pod/warnings.go warningsForPodSpecAndMeta.
import type { ContainerPort, PodSpec } from './types.js';

/** Go `%+v` of a core.ContainerPort. */
function portPlusV(p: ContainerPort): string {
  return `{Name:${p.name ?? ''} HostPort:${p.hostPort ?? 0} ContainerPort:${p.containerPort} Protocol:${p.protocol ?? ''} HostIP:${p.hostIP ?? ''}}`;
}

function portWarnings(spec: PodSpec, prefix: string): string[] {
  const out: string[] = [];
  const seen = new Map<string, { field: string; port: ContainerPort }[]>();
  spec.containers.forEach((c, ci) => (c.ports ?? []).forEach((port, pi) => {
    const field = `${prefix}.containers[${ci}].ports[${pi}]`;
    const hostIP = port.hostIP ?? '', hostPort = port.hostPort ?? 0;
    if (hostIP && !hostPort) out.push(`${field}: hostIP set without hostPort: ${portPlusV(port)}`);
    const key = `${port.containerPort}/${port.protocol ?? ''}`;
    const others = seen.get(key) ?? [];
    for (const o of others) {
      const oIP = o.port.hostIP ?? '', oPort = o.port.hostPort ?? 0;
      if (hostIP === oIP && hostPort === oPort) out.push(`${field}: duplicate port definition with ${o.field}`);
      else if (hostPort === 0 || oPort === 0) out.push(`${field}: overlapping port definition with ${o.field}`);
      else if (hostPort === oPort && (hostIP === '') !== (oIP === '')) out.push(`${field}: dangerously ambiguous port definition with ${o.field}`);
    }
    seen.set(key, [...others, { field, port }]);
  }));
  return out;
}

function envWarnings(spec: PodSpec, prefix: string): string[] {
  const out: string[] = [];
  spec.containers.forEach((c, ci) => {
    const names = new Set<string>();
    (c.env ?? []).forEach((e, i) => {
      if (!names.has(e.name)) { names.add(e.name); return; }
      const ref = `$(${e.name})`;
      const value = e.value ?? '';
      // A redefinition is fine only when it builds on the previous value (X="$(X)123").
      if (e.valueFrom || value === ref || !value.includes(ref)) {
        out.push(`${prefix}.containers[${ci}].env[${i}]: hides previous definition of "${e.name}", which may be dropped when using apply`);
      }
    });
  });
  return out;
}

/** Warnings for a pod spec at `prefix` (`spec` for Pods, `spec.template.spec` for templates). */
export function podSpecWarnings(spec: PodSpec, prefix = 'spec'): string[] {
  const out: string[] = [];
  const ips = new Set<string>();
  (spec.hostAliases ?? []).forEach((a, i) => {
    if (ips.has(a.ip)) out.push(`${prefix}.hostAliases[${i}].ip: duplicate ip "${a.ip}"`);
    else ips.add(a.ip);
  });
  out.push(...envWarnings(spec, prefix), ...portWarnings(spec, prefix));
  if ((spec.terminationGracePeriodSeconds ?? 0) < 0) {
    out.push(`${prefix}.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1`);
  }
  return out;
}
