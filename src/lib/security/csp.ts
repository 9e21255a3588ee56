/**
 * The one source of the Content-Security-Policy and the other security headers. `vite.config.ts` sends them as
 * HTTP headers from the dev server and `vite preview`, writes them into `dist/_headers` (Netlify / Cloudflare
 * Pages) and puts the policy into index.html as a meta tag; docs/DEPLOY.md gives the same lines for nginx and
 * Apache. The HTTP header is what covers the workers: a worker takes its policy from the response that delivered
 * its script, never from the page's meta tag.
 *
 * Everything is 'self': the app loads no third-party script, style, font or image and talks to no other origin
 * (the import worker fetches the built-in samples from the app's own folder). Only the dev server adds the
 * websocket of Vite's hot reload.
 */

export type CspMode = 'production' | 'dev';

/** The directives, in order. `frame-ancestors` only takes effect as an HTTP header (a meta tag cannot carry it). */
export function cspDirectives(mode: CspMode): [string, string[]][] {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    // Svelte writes style attributes (widths, colours of chart marks).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data: for the favicon, blob: for the PNG export of a chart (an SVG drawn into a canvas).
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', mode === 'dev' ? ["'self'", 'ws://127.0.0.1:*', 'ws://localhost:*'] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]]
  ];
}

/** Directives a `<meta http-equiv>` policy cannot carry (the browser ignores them there, with a console warning). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as the HTTP header value. */
export function cspHeader(mode: CspMode): string {
  return cspDirectives(mode)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The same policy for index.html's meta tag (defence in depth when a server sends no header): without frame-ancestors. */
export function cspMeta(mode: CspMode): string {
  return cspDirectives(mode)
    .filter(([name]) => !headerOnly.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Every security header of a response of the app, in order. */
export function securityHeaders(mode: CspMode): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(mode),
    // For browsers without frame-ancestors; the same rule: never inside a frame.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
  };
}

/** `dist/_headers` (Netlify and Cloudflare Pages format): the production headers on every path. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders('production')).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Security headers of Kefen (made by the build from src/lib/security/csp.ts; docs/DEPLOY.md).', '/*', ...lines, ''].join('\n');
}

/** The nginx lines of the production headers (`add_header … always;`), for docs/DEPLOY.md. */
export function nginxLines(): string {
  return Object.entries(securityHeaders('production'))
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}

/** The Apache lines of the production headers (mod_headers), for docs/DEPLOY.md. */
export function apacheLines(): string {
  return Object.entries(securityHeaders('production'))
    .map(([name, value]) => `Header always set ${name} "${value}"`)
    .join('\n');
}
