// Loads piscina-task.ts in a piscina worker when running from source under tsx: Node 20 does not
// carry the loader into worker threads. Built code uses dist's piscina-task.js directly.
import { register } from 'tsx/esm/api';

register();
const task = await import('./piscina-task.ts');
export default task.default;
