/**
 * One data pattern in the renderer: components ask the core through the store's slices, which own
 * the IpcResult handling and what to refresh after; only the slices and the bridge call invoke.
 */
const message = 'Components ask the core through a store slice (renderer/src/store), never desk.invoke.';

export const storeOnlyInvoke = {
  files: ['renderer/src/**/*.{ts,tsx}'],
  ignores: ['renderer/src/store/**', 'renderer/src/api/bridge.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      // desk.invoke(…), window.desk?.invoke(…), or the method passed on as a value.
      { selector: "MemberExpression[property.name='invoke']", message },
      // const { invoke } = desk
      { selector: "ObjectPattern > Property[key.name='invoke']", message },
    ],
  },
};
