import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/** A long alert copied only in part, cut off in the middle of a word. */
describe('a copy cut off mid-word', () => {
  it.each([
    ["Impossible de sauvegarder cet iPhone, car l'espace de stoc", 'not_enough_storage'],
    [
      'Impossibile eseguire il backup di questo iPhone perché lo spazio disponibile su iCl',
      'not_enough_storage',
    ],
    ['La sauvegarde iCloud nécessite une conn', 'needs_wifi'],
    ['Il backup di iCloud richiede una conn', 'needs_wifi'],
    ['Für das iCloud-Backup ist eine WLAN-Verb', 'needs_wifi'],
    ['This iPhone cannot be backed up because of a bug in the softw', 'backup_failed'],
  ])('reads "%s" as %s', (text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });

  it.each([
    'iCloud Backup requires a pass',
    'iCloud Backup needs a new pass',
    'Für das iCloud-Backup ist eine Pass',
  ])('leaves "%s", which goes on with another word, unrecognised', (text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });
});
