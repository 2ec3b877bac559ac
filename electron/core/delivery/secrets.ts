/** The delivery's secrets: never in SQLite, never over IPC (Setup only learns whether one is set). */
export type DeliverySecretName = 'delivery-smtp-password' | 'delivery-sms-token';

/**
 * Where they are kept: main passes the encrypted SecretStore (safeStorage, like the Sifely
 * password); without one (preview, tests) they live in memory for this run only.
 */
export interface DeliverySecrets {
  get(name: DeliverySecretName): Promise<string | null>;
  set(name: DeliverySecretName, value: string | null): Promise<void>;
}

export function memorySecrets(): DeliverySecrets {
  const values = new Map<DeliverySecretName, string>();
  return {
    get: (name) => Promise.resolve(values.get(name) ?? null),
    set(name, value) {
      if (value === null) values.delete(name);
      else values.set(name, value);
      return Promise.resolve();
    },
  };
}
