// The dataplane's public surface for the control plane: the ForwardingProgram it compiles, the
// host it installs programs into, the exchanges the tools run and the drop-reason enum.
// daemon/ imports the dataplane only through this file (and wire/ip.ts).
export type { CniMode, ForwardingProgram, LinkClass, ProgramBackend, ProgramFrontend, ProgramInterface, ProgramListener, ProgramNamespace, ProgramRoute, ProgramSegment, ProgramService, ProxyMode } from './tables/program.js';
export { dumpProgram, validateProgram } from './tables/program.js';
export { Action, DropReason, dropReasonName } from './pipeline/verdict.js';
export type { EchoOutcome, EchoRun, EchoSpec } from './exchange/echo.js';
export type { TracerouteRun, TracerouteSpec, TraceHopOutcome, TraceProbeOutcome } from './exchange/traceroute.js';
export type { TraceStep } from './exchange/trace-step.js';
export type { IcmpErrorKind } from './exchange/icmp-errors.js';
export { LocalDataplane, type CapturedPacket, type CaptureSink, type RunContext } from './host/local-host.js';
export type { ProbeSpec } from './exchange/probe-packet.js';
export type { ConnectRun, ConnectSpec } from './exchange/connect.js';
export { CaptureSession, type CaptureOptions, type CaptureOutput, type CapturedInput } from './capture/session.js';
export { appKey, appFromKey, type AppSpec } from './apps/index.js';
export { DataplaneHost } from './worker/host.js';
