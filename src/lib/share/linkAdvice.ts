import { hugeLinkChars, longLinkChars } from './codec.ts';

/** What to tell about a link of this many characters: fine, long (chat apps and mail may cut it) or huge (send a project file). */
export function linkAdvice(length: number): 'ok' | 'long' | 'huge' {
  if (length > hugeLinkChars) return 'huge';
  if (length > longLinkChars) return 'long';
  return 'ok';
}
