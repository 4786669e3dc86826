// Splits a container image reference into repository and tag the way the container runtime
// normalises it (distribution/reference ParseNormalizedNamed). Pure; imports nothing.

export interface ImageRef {
  /** Repository without the Docker Hub prefixes: `nginx`, `hashicorp/http-echo`, `registry.k8s.io/pause`. */
  repository: string;
  /** The tag, `latest` when none was given (a digest-only reference also reads as `latest`). */
  tag: string;
}

const HUB_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'docker.io/', 'index.docker.io/', 'library/'];

/** `docker.io/library/nginx:1.23.2@sha256:...` → `{ repository: 'nginx', tag: '1.23.2' }`. Never throws. */
export function parseImageRef(image: string): ImageRef {
  let rest = image.trim().toLowerCase();
  const at = rest.indexOf('@');
  if (at >= 0) rest = rest.slice(0, at);
  // A colon after the last slash separates the tag; one before it belongs to a registry port.
  const colon = rest.lastIndexOf(':');
  let tag = 'latest';
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || 'latest';
    rest = rest.slice(0, colon);
  }
  for (const p of HUB_PREFIXES) {
    if (rest.startsWith(p)) { rest = rest.slice(p.length); break; }
  }
  return { repository: rest, tag };
}
