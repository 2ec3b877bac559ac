import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStoreError } from '../../electron/core/secrets/cipher';
import { createSecretStore } from '../../electron/core/secrets/secret-store';
import { createAesCipher } from './shell-aes-cipher';

const credential = { baseUrl: 'https://cus-openapi.sifely.com', account: 'frontdesk@hotel.example', password: 'S3cret-Passw0rd' };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SecretStoreError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('the secret store keeps the Sifely sign-in encrypted in the data folder', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'desk-secrets-'));
    file = join(dir, 'secrets.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips the credential, and the file holds neither the account nor the password', async () => {
    const store = createSecretStore({ file, cipher: createAesCipher() });
    expect(await store.getSifelyCredential()).toBeNull();
    expect(store.hasSifelyCredential()).toBe(false);
    await store.setSifelyCredential(credential);
    expect(store.hasSifelyCredential()).toBe(true);
    expect(await store.getSifelyCredential()).toEqual(credential);
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain('S3cret');
    expect(raw).not.toContain('frontdesk@hotel');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    store.clearSifelyCredential();
    expect(await store.getSifelyCredential()).toBeNull();
  });

  it('refuses to save without OS encryption, with a clear message, and writes nothing', async () => {
    const store = createSecretStore({ file, cipher: createAesCipher({ available: false }) });
    const e = await store.setSifelyCredential(credential).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SecretStoreError);
    expect((e as SecretStoreError).code).toBe('encryption-unavailable');
    expect((e as SecretStoreError).message).toMatch(/encryption/i);
    expect(existsSync(file)).toBe(false);
  });

  it('a file copied from another PC (another key) is reported unreadable, not treated as absent', async () => {
    await createSecretStore({ file, cipher: createAesCipher() }).setSifelyCredential(credential);
    const elsewhere = createSecretStore({ file, cipher: createAesCipher() });
    expect(elsewhere.hasSifelyCredential()).toBe(true);
    expect(await codeOf(elsewhere.getSifelyCredential())).toBe('unreadable');
  });

  it('a damaged file is reported, and saving again keeps the damaged copy beside the new one', async () => {
    writeFileSync(file, '{"version":1,"secrets":{"sifely-credential":');
    const store = createSecretStore({ file, cipher: createAesCipher() });
    expect(await codeOf(store.getSifelyCredential())).toBe('corrupt');
    expect(store.hasSifelyCredential()).toBe(true);
    await store.setSifelyCredential(credential);
    expect(await store.getSifelyCredential()).toEqual(credential);
    expect(readdirSync(dir).filter((f) => f.startsWith('secrets.json.damaged-'))).toHaveLength(1);
  });

  it('re-encrypts when the OS says its key rotated', async () => {
    const key = createAesCipher().key;
    await createSecretStore({ file, cipher: createAesCipher({ key }) }).setSifelyCredential(credential);
    const before = readFileSync(file, 'utf8');
    const rotating = createSecretStore({ file, cipher: createAesCipher({ key, shouldReEncrypt: true }) });
    expect(await rotating.getSifelyCredential()).toEqual(credential);
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    expect(await createSecretStore({ file, cipher: createAesCipher({ key }) }).getSifelyCredential()).toEqual(credential);
  });

  it('rejects an incomplete credential or a non-http base URL before encrypting anything', async () => {
    const store = createSecretStore({ file, cipher: createAesCipher() });
    expect(await codeOf(store.setSifelyCredential({ account: '', password: 'x' }))).toBe('invalid');
    expect(await codeOf(store.setSifelyCredential({ ...credential, baseUrl: 'file:///etc/passwd' }))).toBe('invalid');
    expect(existsSync(file)).toBe(false);
  });
});
