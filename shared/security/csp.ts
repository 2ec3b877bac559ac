/**
 * The desk's Content-Security-Policy, sent by the Electron protocol handler and by the preview
 * server (renderer/index.html carries the same policy as a meta tag for the build output).
 * No inline script or style, no remote anything: the renderer talks only to its own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
