import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { desk } from './api/bridge';
import { App } from './App';
import { startKeyboardReader } from './features/reader/keyboardReader';
import { useReader } from './features/reader/readerStore';
import { initI18n } from './i18n';
import { useDesk } from './store';
import './styles.css';

initI18n();

// IPC events and the reader are wired once, outside React: the store is their only consumer.
desk.on('desk:changed', (change) => void useDesk.getState().refresh(change));
desk.on('desk:clock', (clock) => useDesk.getState().setClock(clock));
// A tap made to calibrate the reader belongs to the calibration, not to the desk behind the dialog
// (it would otherwise also ask "whose card is this?" or issue to the selected guest).
desk.on('reader:card', ({ cardNumber }) => {
  const step = useReader.getState().calibration.step;
  if (step === 'waiting' || step === 'checking') return;
  void useDesk.getState().cardRead(cardNumber);
});
startKeyboardReader();

void useDesk.getState().loadStatus();
void useDesk.getState().loadToday();
void useDesk.getState().loadHealth(false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
