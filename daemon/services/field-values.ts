// Go `%#v` renderings of the Service slice fields as field errors print them (nil slices
// included). Imports field-errors.ts only. Source: apimachinery field/errors.go ErrorBody.
import { goStringSlice, type FieldValue } from '../domain/field-errors.js';

/** []string{"10.96.0.10"}; a nil slice prints []string(nil). */
export function goClusterIPs(ips: readonly string[] | undefined): FieldValue {
  return ips === undefined ? { goSyntax: '[]string(nil)' } : goStringSlice(ips);
}

/** []core.IPFamily{"IPv4", "IPv6"}; a nil slice prints []core.IPFamily(nil). */
export function goIpFamilies(families: readonly string[] | undefined): FieldValue {
  return families === undefined ? { goSyntax: '[]core.IPFamily(nil)' } : goStringSlice(families, '[]core.IPFamily');
}
