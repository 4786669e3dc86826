#!/usr/bin/env node
// netsim: the kubectl-like CLI of kube-netsim.
import { runCli } from './run.js';

runCli(process.argv.slice(2)).then((code) => { process.exitCode = code; });
