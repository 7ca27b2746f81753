import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../functions/api/openapi.js';

/** Writes functions/api/openapi.json, which the API handler serves as is. */
const target = fileURLToPath(new URL('../functions/api/openapi.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
// Formatted like every other file, so `biome check` stays clean after a regeneration.
execFileSync('npx', ['biome', 'format', '--write', target], { stdio: 'ignore' });
console.log(`wrote ${target}`);
