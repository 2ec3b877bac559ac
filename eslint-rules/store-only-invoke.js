/**
 * One data pattern in the renderer: components ask the core through the store's slices, which own
 * the IpcResult handling and what to refresh after; only the slices and the bridge call invoke.
 */
const message = 'Components ask the core through a store slice (renderer/src/store), never desk.invoke.';

export const storeOnlyInvoke = {
  files: ['renderer/src/**/*.{ts,tsx}'],
  ignores: [
    'renderer/src/store/**',
    'renderer/src/api/bridge.ts',
    // r14a removes these
    'renderer/src/features/demo/DemoTap.tsx',
    'renderer/src/features/demo/TypedCard.tsx',
    'renderer/src/features/reader/keyboardReader.ts',
    'renderer/src/features/reader/readerStore.ts',
    'renderer/src/features/setup/BulkRooms.tsx',
    'renderer/src/features/setup/QuitDesk.tsx',
    'renderer/src/features/setup/RoomTypesSection.tsx',
    'renderer/src/features/setup/SetupWizard.tsx',
    'renderer/src/features/setup/sections.tsx',
    'renderer/src/features/setup/useSetup.ts',
    'renderer/src/features/staff/ChangePin.tsx',
    'renderer/src/features/staff/StaffGate.tsx',
    'renderer/src/features/staff/useIsManager.ts',
  ],
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
