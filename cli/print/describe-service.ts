// `kubectl describe service`: describe.go describeService over the Service's EndpointSlices
// (formatEndpointSlices for each port's Endpoints line, buildIngressString). Imports only
// sibling print modules.
import type { Instant } from './age.js';
import { describeEvents, printAnnotationsMultiline, printLabelsMultiline } from './describe-fields.js';
import { LEVEL_0, PrefixWriter } from './describe-writer.js';
import type { EventShape } from './kube-shapes.js';
import { formatLabels } from './label-selector.js';
import { joinHostPort, type EndpointSliceShape } from './table-endpointslices.js';
import type { LoadBalancerIngressShape, ServiceShape } from './table-services.js';

const MAX = 3;

/**
 * kubectl describe svc. `slices` are those labelled `kubernetes.io/service-name=<name>` in the
 * Service's namespace (every family), in list order.
 */
export function describeService(svc: ServiceShape, slices: readonly EndpointSliceShape[], events: readonly EventShape[], now: Instant): string {
  const w = new PrefixWriter();
  const spec = svc.spec ?? {};
  w.write(LEVEL_0, `Name:\t${svc.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${svc.metadata?.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', svc.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', svc.metadata?.annotations);
  w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(LEVEL_0, `IP Families:\t${(spec.ipFamilies ?? []).join(',') || '<none>'}\n`);
  w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(LEVEL_0, `IPs:\t${(spec.clusterIPs ?? []).join(',') || '<none>'}\n`);
  if ((spec.externalIPs ?? []).length > 0) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs!.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length > 0) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressString(ingress)}\n`);
  describePorts(w, svc, slices);
  w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if ((spec.loadBalancerSourceRanges ?? []).length > 0) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges!.join(',')}\n`);
  if (spec.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
  describeEvents(w, events, now);
  return w.text();
}

function describePorts(w: PrefixWriter, svc: ServiceShape, slices: readonly EndpointSliceShape[]): void {
  for (const sp of svc.spec?.ports ?? []) {
    const name = sp.name || '<unset>';
    const protocol = sp.protocol ?? '';
    w.write(LEVEL_0, `Port:\t${name}\t${sp.port ?? 0}/${protocol}\n`);
    // An absent targetPort is IntOrString's zero value, the number 0.
    w.write(LEVEL_0, `TargetPort:\t${sp.targetPort ?? 0}/${protocol}\n`);
    if (sp.appProtocol !== undefined) w.write(LEVEL_0, `AppProtocol:\t${sp.appProtocol}\n`);
    if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${protocol}\n`);
    w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, sp.name ?? '')}\n`);
  }
}

/** buildIngressString: IPs (with ` (ipMode)`) or hostnames, joined by ", ". */
function ingressString(ingress: LoadBalancerIngressShape[]): string {
  return ingress.map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : i.hostname ?? '')).join(', ');
}

/**
 * describe.go formatEndpointSlices for one port name: ready (or unknown) endpoints' first address
 * with the slice port's number, bare addresses from slices without ports, cut at three; `<none>`
 * when there are no slices, '' when none is ready. As upstream, the cut is noticed before the
 * readiness check, so three ready and one not-ready endpoint print ` + 0 more...`.
 */
export function formatEndpointSlices(slices: readonly EndpointSliceShape[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const visit = (ready: boolean, text: () => string) => {
    if (list.length === MAX) more = true;
    if (!ready) return;
    if (!more) list.push(text());
    count++;
  };
  for (const s of slices) {
    const endpoints = s.endpoints ?? [];
    const isReady = (e: (typeof endpoints)[number]) => e.conditions?.ready ?? true;
    if ((s.ports ?? []).length === 0) {
      for (const e of endpoints) visit(isReady(e), () => e.addresses?.[0] ?? '');
      continue;
    }
    for (const port of s.ports!) {
      if ((port.name ?? '') !== portName) continue;
      for (const e of endpoints) visit(isReady(e), () => joinHostPort(e.addresses?.[0] ?? '', port.port));
    }
  }
  return more ? `${list.join(',')} + ${count - MAX} more...` : list.join(',');
}
