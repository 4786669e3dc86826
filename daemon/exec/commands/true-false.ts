// /bin/true and /bin/false. Imports command.ts.
import type { CommandHandler } from '../command.js';

export const trueCmd: CommandHandler = () => ({ stdout: '', stderr: '', exitCode: 0 });
export const falseCmd: CommandHandler = () => ({ stdout: '', stderr: '', exitCode: 1 });
