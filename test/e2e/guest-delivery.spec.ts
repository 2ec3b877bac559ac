import { startTestSmtp, type TestSmtp } from '../support/smtp-server';
import { expect, test } from './fixtures';
import { startDeskUnderTest, type DeskUnderTest } from './desk-fixture';
import { openGuest } from './desk-helpers';

// Guest delivery: Setup → Guest messages against a real SMTP server on 127.0.0.1, and a booking's
// delivery state (no contact → contact added at the desk → code sent, with Copy code and the QR).
let dut: DeskUnderTest;
let smtp: TestSmtp;
test.beforeAll(async () => {
  dut = await startDeskUnderTest();
  smtp = await startTestSmtp();
});
test.afterAll(async () => {
  await dut.stop();
  await smtp.close();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the manager sets up guest e-mail and sends a test; a clerk adds a guest's e-mail and the code goes out (${size.width})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto(dut.preview.url);
    await page.getByRole('button', { name: 'Setup' }).click();
    const wizard = page.getByRole('dialog', { name: 'Desk setup' });
    await wizard.getByRole('button', { name: 'Guest messages' }).click();
    const form = wizard.getByRole('region', { name: 'Guest messages' });
    await form.getByLabel('Send e-mails to guests').check();
    await form.getByLabel('Server', { exact: true }).fill('127.0.0.1');
    await form.getByLabel('Port', { exact: true }).fill(String(smtp.port));
    await form.getByRole('combobox', { name: /^Security/ }).selectOption('none');
    await form.getByLabel('From address', { exact: true }).fill('desk@casa-azul.example');
    await form.getByRole('button', { name: 'Save guest messages' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Guest message settings saved.');
    const before = smtp.received.length;
    await form.getByLabel('Send a test to').fill('manager@casa-azul.example');
    await form.getByRole('button', { name: 'Send a test e-mail' }).click();
    await expect(wizard.getByRole('status')).toHaveText('Test e-mail handed to 127.0.0.1 for manager@casa-azul.example.');
    await expect.poll(() => smtp.received.length).toBe(before + 1);
    expect(smtp.received.at(-1)!.subject).toBe('Casa Azul B&B: test e-mail from the front desk');
    await page.screenshot({ path: `.reports/desk-screens/guest-messages-setup-${size.width}.png` });
    await wizard.getByRole('button', { name: 'Close' }).first().click();

    // A guest with no contact: the desk says so.
    const guest = size.width === 1366 ? 'Tom Becker' : 'Mei Tanaka';
    await openGuest(page, guest);
    const box = page.getByRole('region', { name: 'Guest messages' });
    await expect(box.getByText('No way to reach this guest: print the slip or add an e-mail.')).toBeVisible();
    await box.getByRole('button', { name: 'Edit guest' }).click();
    await box.getByLabel('E-mail', { exact: true }).fill('not-an-address');
    await box.getByRole('button', { name: 'Save' }).click();
    await expect(box.getByRole('alert')).toContainText('not an e-mail address');
    await box.getByLabel('E-mail', { exact: true }).fill('guest@example.org');
    await box.getByRole('button', { name: 'Save' }).click();
    await expect(box.getByTestId('delivery-email')).toContainText('guest@example.org');
    await expect(box.getByText('No way to reach this guest')).toHaveCount(0);

    // The clerk issues a code, then sends it: the message is sent once the locks have the code.
    await page.getByRole('button', { name: 'Issue passcode' }).click();
    await box.getByRole('button', { name: 'Resend code' }).click();
    await expect(box.locator('[data-state="sent"]')).toHaveCount(1);
    await expect(box.locator('[data-state="sent"]')).toContainText('E-mail · code → guest@example.org');
    const mail = smtp.received.at(-1)!;
    const code = (await dut.desk.handlers['booking:search']({ query: guest, limit: 1 })).bookings[0]!;
    const detail = await dut.desk.handlers['booking:get']({ bookingId: code.id });
    expect(mail.text).toContain(`Your door code: ${detail.credentials.find((c) => c.kind === 'passcode')!.secret}`);
    await box.getByRole('button', { name: 'Show QR' }).click();
    await expect(box.getByRole('img', { name: 'QR code of the message for the guest' })).toBeVisible();
    await page.screenshot({ path: `.reports/desk-screens/guest-messages-booking-${size.width}.png`, fullPage: true });
  });
}
