// IsDNS1035Label worded as apimachinery words it (Service names). Pure.
// Source: k8s.io/apimachinery/pkg/util/validation/validation.go IsDNS1035Label.
import { maxLenError, regexError } from '../domain/validate-names.js';

const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_RE = new RegExp(`^${DNS1035_LABEL_FMT}$`);
const DNS1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

export function isDns1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_LABEL_RE.test(value)) errs.push(regexError(DNS1035_MSG, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errs;
}
