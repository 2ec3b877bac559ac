// Types for the build script's options, so the tests and benchmarks that build the same bundles check their use.
import type { BuildOptions } from 'esbuild';

export declare const MAIN_EXTERNALS: string[];
export declare const mainBundle: BuildOptions & { banner: { js: string } };
export declare const icalWorkerBundle: BuildOptions;
export declare const preloadBundle: BuildOptions;
