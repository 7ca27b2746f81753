import type * as z from 'zod';

/**
 * A bad option value as a user reads it: `newstag start: --port must be at most 65535 (got "70000")`, one
 * line per option, naming the flag as typed, not zod's "Invalid input: expected number, received NaN →
 * at port".
 */
export function optionErrors(command: string, error: z.ZodError, given: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '');
      const value = given[name];
      const got = typeof value === 'string' ? ` (got "${value}")` : '';
      return `newstag ${command}: --${name} ${requirement(issue)}${got}`;
    })
    .join('\n');
}

function requirement(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int'))
    return 'must be a whole number';
  // `.positive()` is a minimum of 0 that 0 itself fails: "more than 0", not "at least 0".
  if (issue.code === 'too_small')
    return issue.inclusive === false
      ? `must be more than ${issue.minimum}`
      : `must be at least ${issue.minimum}`;
  if (issue.code === 'too_big')
    return issue.inclusive === false
      ? `must be less than ${issue.maximum}`
      : `must be at most ${issue.maximum}`;
  return issue.message.toLowerCase();
}
