// Every verb of the netsim CLI.
import { applyCommand } from './apply.js';
import { benchCommand } from './bench.js';
import type { Command } from './command.js';
import { createCommand } from './create.js';
import { downCommand, statusCommand, upCommand, versionCommand } from './daemon-control.js';
import { deleteCommand } from './delete.js';
import { describeCommand } from './describe.js';
import { execCommand } from './exec.js';
import { tcpdumpCommand } from './tcpdump.js';
import { traceCommand } from './trace.js';
import { portForwardCommand } from './port-forward.js';
import { exposeCommand } from './expose.js';
import { getCommand } from './get.js';
import { logsCommand } from './logs.js';
import { runCommand } from './run.js';
import { scaleCommand } from './scale.js';
import { waitCommand } from './wait.js';

export const COMMANDS: readonly Command[] = [
  upCommand, downCommand, statusCommand, versionCommand, applyCommand, createCommand, exposeCommand, runCommand, scaleCommand,
  getCommand, describeCommand, deleteCommand, waitCommand, logsCommand, execCommand, tcpdumpCommand, traceCommand, portForwardCommand, benchCommand,
];
