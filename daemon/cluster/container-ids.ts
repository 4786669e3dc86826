// Deterministic container and image identities as containerd reports them in containerStatuses:
// `containerd://<64 hex>`, the normalised image reference and `<repo>@sha256:<64 hex>`. Pure.
import { createHash } from 'node:crypto';
import type { Container, Pod } from '../domain/types.js';

/** docker.io/library/busybox:latest for `busybox`, as containerd normalises references. */
export function normalizeImage(image: string): string {
  let ref = image;
  const at = ref.indexOf('@');
  if (at >= 0) return ref.includes('/') && ref.split('/')[0].includes('.') ? ref : `docker.io/library/${ref}`;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash + 1).includes(':')) ref += ':latest';
  const first = ref.split('/')[0];
  if (!ref.includes('/')) return `docker.io/library/${ref}`;
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') return `docker.io/${ref}`;
  return ref;
}

export function containerIdentity(pod: Pod, c: Container): { image: string; imageID: string; containerID: string } {
  const image = normalizeImage(c.image);
  const repo = image.replace(/:[^/:]+$/, '');
  const digest = createHash('sha256').update(image).digest('hex');
  const id = createHash('sha256').update(`${pod.metadata.uid}/${c.name}`).digest('hex');
  return { image, imageID: `${repo}@sha256:${digest}`, containerID: `containerd://${id}` };
}
