// Services for dataplane scenarios: a Deployment behind a Service, HTTP requests through
// NetAccess.connect and the body of the answer. Test-only.
import type { Deployment } from '../../daemon/domain/types.js';
import type { Service, ServiceSpec } from '../../daemon/domain/service-types.js';
import type { ConnectResult, NetAccess } from '../../daemon/exec/net.js';
import type { NetFixture } from './fixture.js';

const meta = (name: string) => ({ name, namespace: 'default', uid: '', resourceVersion: '', creationTimestamp: '' });
export const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.52';

/** A Deployment of `replicas` pods labelled app=NAME, each container from `container`. */
export async function deploy(f: NetFixture, name: string, replicas: number, container: { image: string; args?: string[] }, nodeName?: string): Promise<void> {
  const d: Deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(name),
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', ...container }] } } },
    status: {},
  };
  await f.tc.cluster.deployments.create(d);
}

export async function expose(f: NetFixture, name: string, spec: Partial<ServiceSpec>): Promise<Service> {
  return f.tc.cluster.services.create({ apiVersion: 'v1', kind: 'Service', metadata: meta(name), spec: { selector: { app: name }, ...spec }, status: {} });
}

export function httpGet(net: NetAccess, dst: string, port: number, path = '/', timeoutMs = 127_000): ConnectResult {
  const host = dst.includes(':') ? `[${dst}]` : dst;
  const request = new TextEncoder().encode(`GET ${path} HTTP/1.1\r\nHost: ${host}${port === 80 ? '' : `:${port}`}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`);
  return net.connect({ family: dst.includes(':') ? 'IPv6' : 'IPv4', dst, port, protocol: 'TCP', request, connectTimeoutMs: timeoutMs });
}

/** The body of an HTTP answer (after the blank line). */
export function body(r: ConnectResult): string {
  if (r.outcome !== 'ok') throw new Error(`not ok: ${JSON.stringify(r)}`);
  const text = new TextDecoder().decode(r.response);
  return text.slice(text.indexOf('\r\n\r\n') + 4);
}
