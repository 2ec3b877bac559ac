import { expect, test } from './fixtures';
import { md5Hex } from '../../electron/core/sifely/md5';
import { DEMO_ACCOUNT } from '../../electron/core/demo/sample-property';
import type { ReaderStatus } from '../../shared/cards/reader-profile';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { tap } from './desk-helpers';
import { english } from '../../shared/messages';

let dut: DeskUnderTest;
test.beforeEach(async () => {
  dut = await startDeskUnderTest();
});
test.afterEach(async () => {
  await dut.stop();
});

async function readerStatus(): Promise<ReaderStatus> {
  const r = await dut.desk.dispatch('reader:status', {});
  if (!r.ok) throw new Error(english(r.msg));
  return r.value as ReaderStatus;
}

test('a card tapped while the search field has focus is read as a card, and the field stays empty', async ({ page }) => {
  await page.goto(dut.preview.url);
  const search = page.getByRole('searchbox', { name: 'Find a guest by name or room' });
  await search.click();
  await tap(page, '3661413478');
  await expect(page.getByText('Card 3661413478 was read.')).toBeVisible();
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  expect((await readerStatus()).lastRead).toMatchObject({ source: 'keyboard', raw: '3661413478', cardNumber: '3661413478' });
  // Nothing typed into the field afterwards was lost either.
  await page.keyboard.type('Ana', { delay: 70 });
  await expect(search).toHaveValue('Ana');
});

test('text typed at human speed stays text, digits included, and filters the list', async ({ page }) => {
  await page.goto(dut.preview.url);
  const search = page.getByRole('searchbox', { name: 'Find a guest by name or room' });
  await search.click();
  await page.keyboard.type('201', { delay: 80 });
  await expect(search).toHaveValue('201');
  await expect(page.getByRole('button', { name: /Mei Tanaka/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ana García/ })).toHaveCount(0);
  await search.fill('');
  await page.keyboard.type('tanaka 1', { delay: 65 });
  await expect(search).toHaveValue('tanaka 1');
  expect((await readerStatus()).lastRead).toBeNull();
});

test('a burst of the wrong length is ignored: no card, no text, and the clerk is told', async ({ page }) => {
  await page.goto(dut.preview.url);
  const search = page.getByRole('searchbox', { name: 'Find a guest by name or room' });
  await search.click();
  await tap(page, '123456');
  await expect(page.getByText(/not a card number/)).toBeVisible();
  await expect(search).toHaveValue('');
  expect((await readerStatus()).lastRead).toMatchObject({ raw: '123456', cardNumber: null });
  await tap(page, '366141347812');
  await expect(search).toHaveValue('');
  await expect.poll(async () => (await readerStatus()).lastRead?.raw).toBe('366141347812');
  expect((await readerStatus()).lastRead?.cardNumber).toBeNull();
});

test('the Reader panel calibrates against a card enrolled with the Sifely app (reversed bytes) and the desk then reads the lock’s number', async ({
  page,
}) => {
  const lock = [...dut.desk.simulator!.state.locks.values()].find((l) => l.lockAlias === 'Room 101')!.lockId;
  // The Sifely app enrolled the card; the lock lists it byte-reversed (§12: 3661413478 ↔ 1723612378).
  const login = (await (
    await fetch(`${dut.simulatorUrl}/system/smart/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ account: DEMO_ACCOUNT.account, password: md5Hex(DEMO_ACCOUNT.password) }),
    })
  ).json()) as { clientToken?: string; data?: { clientToken?: string } };
  const q = new URLSearchParams({
    lockId: String(lock),
    cardNumber: '1723612378',
    cardName: 'Test card',
    startDate: '0',
    endDate: '0',
    addType: '1',
  });
  await fetch(`${dut.simulatorUrl}/v3/identityCard/add?${q}`, {
    method: 'POST',
    headers: { Authorization: login.clientToken ?? login.data?.clientToken ?? '' },
  });

  await page.goto(dut.preview.url);
  await page.getByRole('button', { name: 'Reader' }).click();
  const dialog = page.getByRole('dialog', { name: 'Card reader' });
  await expect(dialog.getByTestId('reader-source')).toHaveText(/Keyboard/);
  await expect(dialog.getByTestId('reader-no-devices')).toBeVisible(); // HID.devices() is [] here
  await dialog.getByLabel('Door').selectOption({ label: 'Room 101' });
  await dialog.getByRole('button', { name: 'Calibrate' }).click();
  await expect(dialog.getByText(/Tap the test card/)).toBeVisible();
  await tap(page, '3661413478');
  await expect(dialog.getByText(/lists it as 1723612378/)).toBeVisible();
  // The calibration tap is the calibration's: the desk behind the dialog does not answer "whose card is this?".
  await expect(page.getByText(/Card \d+ (was read|belongs to)/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save this reader profile' }).click();
  await expect(dialog.getByText(/Calibrated .* with card 1723612378/)).toBeVisible();
  expect((await readerStatus()).profile.card).toMatchObject({ format: '8h10d', byteOrder: 'reversed' });
  await page.screenshot({ path: 'test-results/reader-calibrated.png' });

  // Saving a profile starts a fresh one-tap-per-second window, so the same card reads again at once.
  await tap(page, '3661413478');
  await expect(dialog.getByTestId('reader-last')).toHaveText(/^1723612378 /);
});
