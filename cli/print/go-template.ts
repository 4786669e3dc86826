// `kubectl get -o go-template=...` / `--template`: cli-runtime printers/template.go. Parses the
// template as "output" with kubectl's functions, runs it on the object's JSON, and on failure
// reproduces kubectl's debug dump on stdout and its error message. Imports only siblings.
import { formatArg } from './go-fmt.js';
import { goQuote } from './go-strings.js';
import { executeTemplate, TemplateExecError } from './go-template-exec.js';
import { BUILTINS } from './go-template-funcs.js';
import { parseTemplate, TemplateParseError, type ParsedTemplate } from './go-template-parse.js';
import { fromJson } from './go-value.js';
import { marshalJson } from './json.js';
import type { TemplateOutput } from './jsonpath.js';

const FUNCS = new Set(Object.keys(BUILTINS));

export interface GoTemplateOptions {
  /** --allow-missing-template-keys (default true): a missing key prints `<no value>` instead of failing. */
  allowMissingKeys?: boolean;
}

/** Parses a kubectl go-template; throws TemplateParseError (`template: output:1: ...`). */
export function parseGoTemplate(template: string): ParsedTemplate {
  return parseTemplate('output', template, FUNCS);
}

/** kubectl's -o go-template over one object (a List for several): its stdout, or its error. */
export function printGoTemplate(template: string, obj: unknown, opts: GoTemplateOptions = {}): TemplateOutput {
  let parsed: ParsedTemplate;
  try {
    parsed = parseGoTemplate(template);
  } catch (e) {
    if (e instanceof TemplateParseError) return { text: '', error: `error parsing template ${template}, ${e.message}` };
    throw e;
  }
  const data = fromJson(obj);
  try {
    return { text: executeTemplate(parsed, data, { missingKeyError: opts.allowMissingKeys === false }) };
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    const partial = (e as TemplateExecError & { partial?: string }).partial ?? '';
    const objText = formatArg(data, { minus: false, plus: true, sharp: false, space: false, zero: false, verb: 'v' });
    const debug = `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n\traw data was:\n\t\t${marshalJson(data)}\n` +
      `\tobject given to template engine was:\n\t\t${objText}\n\n`;
    return { text: partial + debug, error: `error executing template ${goQuote(template)}: ${e.message}` };
  }
}
