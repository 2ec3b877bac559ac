// js-yaml (a dependency of electron-builder) ships no types; the builder-config test needs only load().
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}
