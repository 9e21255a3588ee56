import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** An issue's message, with the reason of a refused record key (zod reports those as "Invalid key in record" with the cause nested). */
function messageOf(issue: Issue): string {
  if (issue.code === 'invalid_key' && issue.issues.length) return `${issue.message} (${issue.issues.map(messageOf).join('; ')})`;
  return issue.message;
}

/** The first problem zod found, as "path: message" (what was received, for the error detail). */
export function zodDetail(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid content';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${messageOf(issue)}` : messageOf(issue);
}
