import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { ZodError } from 'zod';
import { HttpError, type ParamIssue } from '../http-error.ts';

/**
 * The routes' default validation hook: a zod failure becomes a 400 `HttpError` whose `issues`
 * name each parameter, what was expected and what was received. Unknown query parameters are
 * reported too, so a misspelt filter (`contry=KAZ`) never silently widens a query.
 */
export const validationHook: Hook<unknown, Env, string, undefined> = (result) => {
  if (result.success) return undefined;
  const raw = (result as { data?: unknown }).data;
  const issues = issuesOf(result.error, isRecord(raw) ? raw : {});
  const params = [...new Set(issues.map((i) => i.param))];
  const message =
    issues.length === 1
      ? `invalid parameter ${issues[0]!.param}: ${issues[0]!.message}`
      : `invalid parameters ${params.join(', ')}: ${issues.map((i) => `${i.param}: ${i.message}`).join('; ')}`;
  throw new HttpError(400, message, { issues });
};

/** One issue per parameter and problem, in the words of the parameter's schema. */
export function issuesOf(error: ZodError, raw: Readonly<Record<string, unknown>>): ParamIssue[] {
  return error.issues.flatMap((issue): ParamIssue[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ param: key, message: issue.message }));
    const param = String(issue.path[0] ?? 'request');
    const got = raw[param];
    return [
      {
        param,
        message:
          got === undefined ? `${issue.message}: required` : `${issue.message}, got ${JSON.stringify(got)}`,
      },
    ];
  });
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}
