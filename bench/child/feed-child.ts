/**
 * The feed-import benchmark in a bundled process with the feed parser's worker bundled beside it,
 * as the desk runs it (main.mjs + ical-worker.mjs): from source, each refresh's worker would first
 * load tsx and compile ical.js, about a second that the installed desk never spends.
 * Prints the rows as JSON on its last line.
 */
import { runFeedBench } from '../feed-import.bench';

const events = Number(process.argv[2] ?? 5_000);
console.log(JSON.stringify(await runFeedBench(events)));
