// The simulated applications a container serves (AppSpec) and what a responder knows about
// one exchange (AppContext). Types only; imports nothing.

/**
 * One server program behind one listening port, as daemon/exec/app-of.ts derives it from the
 * image and the process argv. Plain, serializable data (it travels in the ForwardingProgram).
 */
export type AppSpec =
  /** nginx's stock welcome page (docker-library nginx, /usr/share/nginx/html). */
  | { kind: 'nginx'; version: string }
  /** Apache httpd's stock "It works!" page (docker-library httpd, /usr/local/apache2/htdocs). */
  | { kind: 'httpd'; version: string }
  /** agnhost netexec: HTTP endpoints on httpPort, the UDP commands on udpPort (-1: none, so /healthz is 412). */
  | { kind: 'netexec'; httpPort: number; udpPort?: number }
  /**
   * agnhost serve-hostname: the hostname as an HTTP body (default), or written raw on every TCP
   * connection / UDP datagram with `--tcp` / `--udp` (raw); `--close` adds `Connection: close`.
   */
  | { kind: 'serve-hostname'; raw?: boolean; close?: boolean }
  /** hashicorp/http-echo `-text`, answering `-status-code` (200), X-App-Version `version`. */
  | { kind: 'http-echo'; text: string; version?: string; status?: number }
  /** busybox httpd serving a directory without files: every path is its 404 page. */
  | { kind: 'busybox-httpd' };

export type AppKind = AppSpec['kind'];

export interface AppContext {
  /** The pod's name (agnhost's os.Hostname() is the pod hostname, see `hostname`). */
  podName: string;
  /** The server's hostname (the pod's, or spec.hostname). */
  hostname: string;
  /** The client's address and port as the server sees them (after any reverse NAT). */
  clientAddr: string;
  clientPort: number;
  serverAddr: string;
  serverPort: number;
  /** Virtual-clock time of the request, ms since the Unix epoch (Date headers). */
  nowMs: number;
  /** When the server process started (Go's monotonic `m=+` reading); defaults to nowMs. */
  startedMs?: number;
}
