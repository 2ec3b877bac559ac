/** `npm run bench`: every benchmark, each table printed with its target. */
import { runFeedBench } from './feed-import.bench';
import { runSearchBench } from './search.bench';
import { printTable } from './stats';

printTable('Search among 100 000 bookings (target: p95 < 5 ms)', runSearchBench(100_000));
printTable('iCal feed import, 5 000 events (target: < 500 ms)', runFeedBench(5_000));
