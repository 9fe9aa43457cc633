import type { TFunction } from 'i18next';
import type { Membership } from './session-types.ts';
import { scopeCode } from './memberships.ts';

/** "Focal point · KAZ", "Regional reviewer · unece", "Administrator", in the reader's language. */
export function membershipLabel(t: TFunction, m: Membership, names?: ReadonlyMap<string, string>): string {
  const role = t(`account:roles.${m.role}`);
  const code = scopeCode(m);
  return code === undefined ? role : `${role} · ${names?.get(code) ?? code}`;
}
