import Ajv2020 from 'ajv/dist/2020.js';
import openapi from '../../functions/api/openapi.json' with { type: 'json' };

/**
 * Validates API responses against the served OpenAPI 3.1 document (JSON Schema 2020-12 dialect): the
 * response schema of the route template and status, with the document's components for `$ref`s.
 */
type Document = {
  paths: Record<
    string,
    { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }
  >;
  components: object;
};

const doc = openapi as unknown as Document;
const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Maps a concrete path (`/articles/abc`) to its template (`/articles/{id}`). */
export function routeTemplate(path: string): string {
  const segments = path.split('/');
  const template = Object.keys(doc.paths).find((candidate) => {
    const parts = candidate.split('/');
    return parts.length === segments.length && parts.every((p, i) => p.startsWith('{') || p === segments[i]);
  });
  if (!template) throw new Error(`no documented route for ${path}`);
  return template;
}

/** Returns the validation errors of `body` for `GET path` answered with `status` (empty when valid). */
export function contractErrors(path: string, status: number, body: unknown): string[] {
  const template = routeTemplate(path);
  const response = doc.paths[template]?.get.responses[String(status)];
  if (!response) return [`status ${status} is not documented for GET ${template}`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return [`no JSON schema for GET ${template} ${status}`];
  const key = `${template} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: doc.components });
    compiled.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
