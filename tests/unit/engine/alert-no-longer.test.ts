import { describe, expect, it } from 'vitest';
import { matchAlert } from '../../../src/engine/alerts.ts';

/**
 * "No longer full" and French "ne … pas" after the verb say the opposite of the alert; "no longer
 * works" and "plus d'espace" (no more room) still say it.
 */
describe('no longer, and French negation around the verb', () => {
  it.each([
    "Mon stockage iCloud n'est plus plein",
    "Le stockage de l'iPhone n'est plus saturé",
    "l'iCloud n'est désormais plus saturé",
    "la sauvegarde n'échoue plus",
    "la sauvegarde n'échoue pas",
    'iCloud-opslag is niet meer vol',
    'Pamięć iCloud nie jest już pełna',
    'iCloud-lagringen är inte längre full',
    'iCloud-lagringen er ikke længere fuld',
    'iCloud-lagringen er ikke lenger full',
    'iCloud-tallennustila ei ole enää täynnä',
  ])('leaves "%s" unrecognised', (text) => {
    expect(matchAlert(text).recognized).toBe(false);
  });

  it.each([
    ["Plus d'espace sur mon iPhone", 'device_storage_full'],
    ["Il n'y a plus d'espace sur l'iPhone", 'device_storage_full'],
    ['La sauvegarde ne fonctionne plus', 'backup_failed'],
    ['Reservekopie werkt niet meer', 'backup_failed'],
    ['Kopia zapasowa już nie działa', 'backup_failed'],
    ['Säkerhetskopieringen fungerar inte längre', 'backup_failed'],
    ["La dernière sauvegarde n'a pas pu être effectuée", 'last_backup_not_completed'],
  ])('reads "%s" as %s', (text, id) => {
    expect(matchAlert(text)).toMatchObject({ recognized: true, id });
  });
});
