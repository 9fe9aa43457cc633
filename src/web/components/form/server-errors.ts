/** A failed answer of the API, as `sendJson` gives it. */
export interface Failure {
  readonly status: number;
  readonly message: string;
  readonly issues?: readonly { readonly param: string; readonly message: string }[];
}

/**
 * Which form field shows an issue of the request's parameter `param`: a map from the parameter's
 * first part (`memberships.0.scope` → `memberships`) to the field, or a function for forms whose
 * fields follow the parameters' paths (`coChairs.2.country`); undefined when no field shows it.
 */
export type FieldOf<F extends string> =
  Readonly<Partial<Record<string, F>>> | ((param: string) => F | undefined);

export interface ServerErrors<F extends string> {
  /** The server's words for each field it named (a 400's `issues`). */
  readonly fields: Partial<Record<F, string>>;
  /** What belongs to no field of the form (a 403, a 404, a parameter the form does not show), or null. */
  readonly general: string | null;
}

/**
 * Puts each issue of a 400 beside the form field of its parameter, without the parameter's name
 * when the message starts with it (the field says which it is); several issues of one field are
 * joined. The rest, and any other failure, is said once for the whole form, each issue naming its
 * parameter. The server's messages are English: the page marks them so.
 */
export function serverErrors<F extends string>(failure: Failure, fieldOf: FieldOf<F>): ServerErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const rest: string[] = [];
  for (const { param, message } of failure.issues ?? []) {
    const field = typeof fieldOf === 'function' ? fieldOf(param) : fieldOf[param.split('.')[0]!];
    if (field === undefined) {
      rest.push(message.includes(param) ? message : `${param}: ${message}`);
      continue;
    }
    const text = message.startsWith(`${param}: `) ? message.slice(param.length + 2) : message;
    const before = fields[field];
    fields[field] = before === undefined ? text : `${before}; ${text}`;
  }
  // Nothing placed: the server's message says it all (it names the parameter when it is not obvious).
  if (Object.keys(fields).length === 0) return { fields, general: failure.message };
  return { fields, general: rest.length > 0 ? rest.join('; ') : null };
}
