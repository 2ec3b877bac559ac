/** "calendar.example.com/…/listing-12.ics": enough to tell feeds apart; the whole address is the tooltip. */
export function shortAddress(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
    const path = u.pathname.split('/').filter(Boolean).length > 1 ? `/…/${last}` : `/${last}`;
    const short = `${u.host}${path}`;
    return short.length > 32 ? `${short.slice(0, 31)}…` : short;
  } catch {
    return url.length > 32 ? `${url.slice(0, 31)}…` : url;
  }
}
