import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/**
 * A noun phrase that only names what an alert is about says nothing of it: "Wi-Fi connection" is
 * the subject of "No Wi-Fi connection" and of "needs a Wi-Fi connection", not either alert.
 */
describe('a bare noun phrase', () => {
  it.each([
    'WiFi-Verbindung?',
    'Conexión a Wi-Fi',
    'Verbinding met wifi',
    'Wi-Fi-yhteys',
    'připojení Wi-Fi',
    'σύνδεση Wi-Fi',
    'Wi-Fi bağlantım',
    'Połączenie z siecią Wi-Fi',
    'kết nối Wi-Fi',
  ])('leaves "%s" unrecognised', (text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });

  it.each([
    ['No Wi-Fi connection', 'needs_wifi'],
    ['keine WLAN-Verbindung', 'needs_wifi'],
    ['sin conexión wifi', 'needs_wifi'],
    ['pas de connexion wifi', 'needs_wifi'],
    ['WLAN-Verbindung erforderlich', 'needs_wifi'],
    ['wifi connection required', 'needs_wifi'],
    ['Wi-Fi接続が必要', 'needs_wifi'],
    ['Wi-Fi 연결이 필요합니다', 'needs_wifi'],
    ['Spazio insufficiente', 'not_enough_storage'],
    ['не хватает места в iCloud', 'not_enough_storage'],
  ])('still reads "%s" as %s when it says what is missing or needed', (text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });
});
