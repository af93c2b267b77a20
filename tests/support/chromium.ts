/**
 * Debian's Chromium for the browser tests and the benchmark: nothing here may
 * download a browser. `CHROMIUM_PATH` overrides the binary.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

// Without the background-networking flags Chromium floods a closed network.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
