import type { HidBackend, HidDeviceInfo } from './hid';

/**
 * The real backend: node-hid's async API, loaded on first use so a machine whose native module or
 * libusb is missing still starts the desk (the keyboard wedge keeps working) and reports why.
 */
export function createNodeHidBackend(): HidBackend {
  const load = () => import('node-hid');
  return {
    async devices() {
      const hid = await load();
      return (await hid.devicesAsync()).map((d): HidDeviceInfo => ({
        vendorId: d.vendorId,
        productId: d.productId,
        path: d.path,
        product: d.product,
        manufacturer: d.manufacturer,
        usagePage: d.usagePage,
        usage: d.usage,
        interface: d.interface,
      }));
    },
    async open(device) {
      const hid = await load();
      // By path when enumeration gave one: it names the exact interface of a multi-interface reader.
      const h = device.path ? await hid.HIDAsync.open(device.path) : await hid.HIDAsync.open(device.vendorId, device.productId);
      return {
        onData: (listener) => void h.on('data', (data: Buffer) => listener(new Uint8Array(data))),
        onError: (listener) => void h.on('error', listener),
        close: () => h.close(),
      };
    },
  };
}
