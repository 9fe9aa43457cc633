/*
 * The account shapes the web app reads (src/server/api/account-schemas.ts, auth.ts): who is signed
 * in, with which roles, and the CSRF token their writes carry.
 */

export type Role = 'administrator' | 'regional-reviewer' | 'focal-point' | 'contributor';

export type Scope =
  | { readonly kind: 'instance' }
  | { readonly kind: 'region-set'; readonly code: string }
  | { readonly kind: 'country'; readonly iso3: string };

export interface Membership {
  readonly role: Role;
  readonly scope: Scope;
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly createdAt: string;
  readonly disabled: boolean;
  /** Set after an administrator chose the password: the session may only change it or sign out. */
  readonly mustChangePassword: boolean;
  readonly lockedUntil: string | null;
  readonly memberships: readonly Membership[];
}

/** `POST /api/auth/login`. */
export interface SignedIn {
  readonly user: User;
  readonly memberships: readonly Membership[];
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** `GET /api/auth/me`. */
export type Me = { readonly kind: 'public' } | ({ readonly kind: 'user' } & SignedIn);
