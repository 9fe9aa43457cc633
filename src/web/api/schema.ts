import type { components, paths } from './openapi-types.ts';

/*
 * The API's shapes by name, from the types generated out of the server's OpenAPI document
 * (`openapi-types.ts`, written by `npm run api:types`). Pages alias these instead of restating a
 * response by hand, so a schema change on the server that the web does not follow fails `tsc`.
 */

/** A named schema of the document (`Schema<'ReviewCycle'>`), as the server's `.openapi('Name')` names it. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

/** The JSON body of the success answer (200 or 201) of `method path`, for answers whose schema has no name. */
export type ResponseBody<Path extends keyof paths, M extends Method = 'get'> = paths[Path][M] extends {
  readonly responses: infer R;
}
  ? R extends { readonly 200: { content: { readonly 'application/json': infer B } } }
    ? B
    : R extends { readonly 201: { content: { readonly 'application/json': infer B } } }
      ? B
      : never
  : never;
