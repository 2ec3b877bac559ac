import i18next from 'i18next';

/**
 * The preview's print view: the core's slip HTML shown over the desk and printed with
 * window.print() ("Save as PDF" in the browser's dialog). The desk's CSP forbids inline <style>,
 * so the slip's CSS goes in through a constructable stylesheet (CSSOM, which CSP does not gate)
 * inside a shadow root; a second sheet hides the desk while printing.
 */
export function openSlipPrintView(html: string, onClose: () => void): () => void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  doc.querySelectorAll('style, script').forEach((n) => n.remove());

  const host = document.createElement('div');
  host.className = 'slip-print-host';
  host.setAttribute('role', 'dialog');
  host.setAttribute('aria-label', i18next.t('slip.view'));
  const root = host.attachShadow({ mode: 'open' });
  const slipSheet = new CSSStyleSheet();
  slipSheet.replaceSync(`${css.replace(/@page[^{]*\{[^}]*\}/g, '')}
    .bar { display: flex; gap: 8px; justify-content: center; padding: 10px; font: 600 16px system-ui, sans-serif; }
    .bar button { min-height: 44px; padding: 0 20px; border-radius: 8px; border: 2px solid #1a6fd6; background: #fff; font: inherit; cursor: pointer; }
    .bar button.primary { background: #1a6fd6; color: #fff; }
    .paper { background: #fff; margin: 0 auto; box-shadow: 0 2px 12px rgb(0 0 0 / 25%); width: fit-content; }
    @media print { .bar { display: none; } .paper { box-shadow: none; } }`);
  root.adoptedStyleSheets = [slipSheet];

  const bar = document.createElement('div');
  bar.className = 'bar';
  const print = document.createElement('button');
  print.className = 'primary';
  print.textContent = i18next.t('slip.printPdf');
  const close = document.createElement('button');
  close.textContent = i18next.t('slip.close');
  bar.append(print, close);
  const paper = document.createElement('div');
  paper.className = `paper ${doc.body.className}`;
  paper.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  root.append(bar, paper);

  const page = (/@page[^{]*\{[^}]*\}/.exec(css) ?? [''])[0];
  const docSheet = new CSSStyleSheet();
  docSheet.replaceSync(`.slip-print-host { position: fixed; inset: 0; z-index: 1000; overflow: auto; background: rgb(20 30 45 / 70%); }
    @media print { body > *:not(.slip-print-host) { display: none !important; } .slip-print-host { position: static; background: #fff; } }
    ${page}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, docSheet];
  document.body.append(host);

  const dispose = (): void => {
    host.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== docSheet);
  };
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', () => {
    dispose();
    onClose();
  });
  print.focus();
  return dispose;
}
