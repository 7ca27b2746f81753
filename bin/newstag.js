#!/usr/bin/env node
// Lets `npx newstag …` run the TypeScript CLI in a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
await import('./newstag.ts');
