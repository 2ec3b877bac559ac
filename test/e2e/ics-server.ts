import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_INSTANT_MS } from '../support/time';

/** A real calendar server on 127.0.0.1: each path answers what the test last put there, else 404. */
export interface IcsServer {
  base: string;
  routes: Map<string, string>;
  close(): Promise<void>;
}

export async function startIcsServer(): Promise<IcsServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const body = routes.get(req.url ?? '/');
    if (body === undefined) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    else res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface IcsEvent {
  uid: string;
  summary: string;
  /** Whole days from today in `timeZone` (the property's), as all-day DTSTART/DTEND like Airbnb sends. */
  fromDay: number;
  toDay: number;
  cancelled?: boolean;
}

/** "20260610" for the tests' today (TEST_INSTANT, the desk's start) + `days` in the zone. */
export function icsDate(days: number, timeZone: string): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone }).format(TEST_INSTANT_MS).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10).replaceAll('-', '');
}

export function icsCalendar(events: IcsEvent[], timeZone: string): string {
  const lines = ['BEGIN:VCALENDAR', 'PRODID:-//Airbnb Inc//Hosting Calendar 1.0//EN', 'CALSCALE:GREGORIAN', 'VERSION:2.0'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;VALUE=DATE:${icsDate(e.fromDay, timeZone)}`,
      `DTEND;VALUE=DATE:${icsDate(e.toDay, timeZone)}`,
      `UID:${e.uid}`,
      `SUMMARY:${e.summary}`,
    );
    if (e.cancelled) lines.push('STATUS:CANCELLED');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
