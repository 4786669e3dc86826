// The simulated applications' public surface: the AppSpec a listener serves, respond() for one
// exchange, and the key form a ForwardingProgram carries. Pure: no daemon, proto, grpc or node imports.
export type { AppContext, AppKind, AppSpec } from './types.js';
export { respond } from './respond.js';
export { appFromKey, appKey } from './app-key.js';
export { nginxWelcomePage } from './nginx-pages.js';
export { IT_WORKS } from './httpd.js';
