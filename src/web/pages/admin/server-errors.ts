/** A failed answer of the API, as `sendJson` gives it. */
export interface Failure {
  readonly status: number;
  readonly message: string;
  readonly issues?: readonly { readonly param: string; readonly message: string }[];
}

export interface ServerErrors<F extends string> {
  /** The server's words for each field it named (a 400's `issues`). */
  readonly fields: Partial<Record<F, string>>;
  /** What belongs to no field of the form (a 403, a 404, a parameter the form does not show), or null. */
  readonly general: string | null;
}

/**
 * Puts each issue of a 400 beside the form field of its parameter (`fieldOf` maps the request's
 * parameter to the form's field, e.g. `memberships` → the scope select); the rest, and any other
 * failure, is said once for the whole form. The server's messages are English: the page marks them so.
 */
export function serverErrors<F extends string>(
  failure: Failure,
  fieldOf: Readonly<Partial<Record<string, F>>>,
): ServerErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const issue of failure.issues ?? []) {
    const field = fieldOf[issue.param.split('.')[0]!];
    if (field === undefined) rest.push(`${issue.param}: ${issue.message}`);
    else fields[field] = fields[field] ? `${fields[field]}; ${issue.message}` : issue.message;
  }
  // Nothing placed: the server's message says it all (it names the parameter when it is not obvious).
  if (Object.keys(fields).length === 0) return { fields, general: failure.message };
  return { fields, general: rest.length > 0 ? rest.join('; ') : null };
}
