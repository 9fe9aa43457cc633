import type { Schema } from '../api/schema.ts';

/*
 * The account shapes the web app reads (src/server/api/account-schemas.ts, auth.ts), taken from the
 * generated OpenAPI types: who is signed in, with which roles, and the CSRF token their writes carry.
 */

export type Role = Schema<'Role'>;

/** administrator → the instance; regional reviewer → a region set; focal point and contributor → a country. */
export type Scope = Schema<'Scope'>;

export type Membership = Schema<'Membership'>;

/** `mustChangePassword`: an administrator chose the password, so the session may only change it or sign out. */
export type User = Schema<'User'>;

/** `POST /api/auth/login`. */
export type SignedIn = Schema<'SignedIn'>;

/** `GET /api/auth/me`. */
export type Me = Schema<'Me'>;
