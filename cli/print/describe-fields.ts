// Field blocks kubectl describe shares between kinds (describe.go): multi-line labels,
// annotations, taints and tolerations aligned under their title, and the Events table.
// Imports only sibling print modules.
import { translateTimestampSince, type Instant } from './age.js';
import { num, type EventShape, type TaintShape, type TolerationShape } from './kube-shapes.js';
import { byCodeUnit } from './label-selector.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './describe-writer.js';

// describe.go skipAnnotations: the last-applied configuration is never shown.
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** printLabelsMultilineWithIndent: `Title:\tk=v`, further pairs on their own lines, `<none>` when empty. */
export function printLabelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = ''): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort(byCodeUnit);
  if (keys.length === 0) { w.writeLine('<none>'); return; }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}\t`);
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

/** printAnnotationsMultiline: long or multi-line values go under their key, cut at 140 bytes. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort(byCodeUnit);
  if (keys.length === 0) { w.writeLine('<none>'); return; }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    const value = annotations![key].replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${key}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else w.write(LEVEL_0, `${key}: ${value}\n`);
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '...' : s;
}

/** v1.Taint.ToString: `key=value:effect`, parts dropped when empty. */
export function taintString(t: TaintShape): string {
  const kv = t.value ? `${t.key ?? ''}=${t.value}` : t.key ?? '';
  return t.effect ? `${kv}:${t.effect}` : kv;
}

/** printTaintsMultilineWithIndent: sorted by effect then key. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: TaintShape[] | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const sorted = [...(taints ?? [])].sort((a, b) => byCodeUnit(`${a.effect ?? ''},${a.key ?? ''}`, `${b.effect ?? ''},${b.key ?? ''}`));
  if (sorted.length === 0) { w.writeLine('<none>'); return; }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t');
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: `key=value:effect`, ` op=Exists`, ` for Ns`, sorted by key. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: TolerationShape[] | undefined, initialIndent = ''): void {
  w.write(LEVEL_0, `${initialIndent}${title}:\t`);
  const sorted = [...(tolerations ?? [])].sort((a, b) => byCodeUnit(a.key ?? '', b.key ?? ''));
  if (sorted.length === 0) { w.writeLine('<none>'); return; }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, `${initialIndent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${num(t.tolerationSeconds)}s`;
    w.write(LEVEL_0, `${s}\n`);
  });
}

/** DescribeEvents: `Events:\t<none>`, or the Type/Reason/Age/From/Message table sorted by lastTimestamp. */
export function describeEvents(w: PrefixWriter, events: readonly EventShape[], now: Instant): void {
  if (events.length === 0) { w.write(LEVEL_0, 'Events:\t<none>\n'); return; }
  w.flush();
  const sorted = [...events].sort((a, b) => (Date.parse(a.lastTimestamp ?? '') || 0) - (Date.parse(b.lastTimestamp ?? '') || 0));
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? translateTimestampSince(e.eventTime, now) : translateTimestampSince(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${translateTimestampSince(e.series.lastObservedTime, now)} (x${num(e.series.count)} over ${first})`;
    else if (num(e.count) > 1) interval = `${translateTimestampSince(e.lastTimestamp, now)} (x${num(e.count)} over ${first})`;
    const source = e.source?.component || e.reportingComponent || '';
    let message = (e.message ?? '').trim();
    if (e.involvedObject?.fieldPath) message = `${e.involvedObject.fieldPath}: ${message}`;
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${message}\n`);
  }
}
