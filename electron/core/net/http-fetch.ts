/**
 * The one HTTP client the core uses, for the Sifely cloud and for booking feeds. The shell supplies
 * it (DeskConfig.fetch): Electron main passes Chromium's network stack (`net.fetch`, which follows
 * the Windows proxy settings, PAC/WPAD and the Windows certificate store that hotel networks often
 * need); tests, benchmarks and the preview use Node's own.
 */
export type HttpFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Node's fetch, looked up at each call rather than captured, so a wrapper installed later (the bench's) still sees every request. */
export const nodeFetch: HttpFetch = (input, init) => fetch(input, init);
