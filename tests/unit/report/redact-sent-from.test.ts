import { describe, it } from 'vitest';
import { check, N } from './redact-probes';

describe('a name alone on the last line under "Sent from my iPhone"', () => {
  it('masks it in every language', () =>
    check([
      [
        'Backup failed again, 12 GB free.\n\nSent from my iPhone\nAnna',
        `Backup failed again, 12 GB free.\n\nSent from my iPhone\n${N}`,
      ],
      [
        "Can't back up since Tuesday.\nSent from my iPad\nmark",
        `Can't back up since Tuesday.\nSent from my iPad\n${N}`,
      ],
      [
        'Still stuck at 40%.\n\nSent from my iPhone\n\nOliver Grant',
        `Still stuck at 40%.\n\nSent from my iPhone\n\n${N}`,
      ],
      [
        'Backup fehlgeschlagen, 5 GB frei.\n\nVon meinem iPhone gesendet\nJürgen',
        `Backup fehlgeschlagen, 5 GB frei.\n\nVon meinem iPhone gesendet\n${N}`,
      ],
      [
        'Geht seit iOS 17.4 nicht mehr.\nVon meinem iPad gesendet\nsabine',
        `Geht seit iOS 17.4 nicht mehr.\nVon meinem iPad gesendet\n${N}`,
      ],
      [
        'La sauvegarde échoue toujours.\nEnvoyé de mon iPhone\nCamille',
        `La sauvegarde échoue toujours.\nEnvoyé de mon iPhone\n${N}`,
      ],
      [
        'Toujours le même message.\n\nEnvoyé de mon iPad\nMarie-Claire Dubois',
        `Toujours le même message.\n\nEnvoyé de mon iPad\n${N}`,
      ],
      [
        'No se completa la copia.\nEnviado desde mi iPhone\nLucía',
        `No se completa la copia.\nEnviado desde mi iPhone\n${N}`,
      ],
      [
        'Sigue fallando.\n\nEnviado desde mi iPad\nJosé Luis',
        `Sigue fallando.\n\nEnviado desde mi iPad\n${N}`,
      ],
      [
        'Il backup non parte.\nInviato da iPhone\nGiorgio',
        `Il backup non parte.\nInviato da iPhone\n${N}`,
      ],
      [
        'Errore ancora.\n\nInviato dal mio iPad\nfrancesca',
        `Errore ancora.\n\nInviato dal mio iPad\n${N}`,
      ],
      [
        'Back-up mislukt.\nVerstuurd vanaf mijn iPhone\nSanne',
        `Back-up mislukt.\nVerstuurd vanaf mijn iPhone\n${N}`,
      ],
      [
        'Back-up lukt niet.\n\nVerzonden vanaf mijn iPad\nDaan de Vries',
        `Back-up lukt niet.\n\nVerzonden vanaf mijn iPad\n${N}`,
      ],
      [
        'Backup misslyckas hela tiden.\nSkickat från min iPhone\nBjörn',
        `Backup misslyckas hela tiden.\nSkickat från min iPhone\n${N}`,
      ],
      [
        'Sikkerhetskopien feiler.\nSendt fra min iPhone\nKari',
        `Sikkerhetskopien feiler.\nSendt fra min iPhone\n${N}`,
      ],
      [
        'Backup virker ikke.\n\nSendt fra min iPad\nMette Holm',
        `Backup virker ikke.\n\nSendt fra min iPad\n${N}`,
      ],
      [
        "Kopia nie działa.\nWysłane z iPhone'a\nKasia",
        `Kopia nie działa.\nWysłane z iPhone'a\n${N}`,
      ],
      [
        'Varmuuskopio epäonnistui.\nLähetetty iPhonesta\nAino',
        `Varmuuskopio epäonnistui.\nLähetetty iPhonesta\n${N}`,
      ],
      [
        'Backup ainda falha.\nEnviado do meu iPhone\nJoão',
        `Backup ainda falha.\nEnviado do meu iPhone\n${N}`,
      ],
      [
        "Yedekleme olmuyor.\niPhone'umdan gönderildi\nElif",
        `Yedekleme olmuyor.\niPhone'umdan gönderildi\n${N}`,
      ],
      ['Záloha selhává.\nOdesláno z iPhonu\nPetr', `Záloha selhává.\nOdesláno z iPhonu\n${N}`],
      [
        'Still 0 KB.\nSent from my iPhone 15 Pro\nTom.',
        `Still 0 KB.\nSent from my iPhone 15 Pro\n${N}.`,
      ],
      [
        'Δεν γίνεται αντίγραφο.\nΣτάλθηκε από το iPhone μου\nΝίκος',
        `Δεν γίνεται αντίγραφο.\nΣτάλθηκε από το iPhone μου\n${N}`,
      ],
      [
        'Backup-ul nu merge.\nTrimis de pe iPhone-ul meu\nIoana',
        `Backup-ul nu merge.\nTrimis de pe iPhone-ul meu\n${N}`,
      ],
      [
        'Резервная копия не создаётся.\nОтправлено с iPhone\nОльга',
        `Резервная копия не создаётся.\nОтправлено с iPhone\n${N}`,
      ],
    ]));

  it('keeps what is not a name under it, and notes without one', () =>
    check([
      ['Sent from my iPhone\nBackup failed', 'Sent from my iPhone\nBackup failed'],
      ['Backup failed.\nSent from my iPhone', 'Backup failed.\nSent from my iPhone'],
      ['Help please\nSent from my iPad\nThanks', 'Help please\nSent from my iPad\nThanks'],
      [
        'Backup stuck.\nSent from my iPhone\niOS 17.4.1',
        'Backup stuck.\nSent from my iPhone\niOS 17.4.1',
      ],
      ['Von meinem iPhone gesendet\nFehler 4010', 'Von meinem iPhone gesendet\nFehler 4010'],
      ['Envoyé de mon iPhone\nMerci', 'Envoyé de mon iPhone\nMerci'],
      ['Enviado desde mi iPhone\nGracias', 'Enviado desde mi iPhone\nGracias'],
      ['Sent from my iPhone\nUpdate: it worked!', 'Sent from my iPhone\nUpdate: it worked!'],
      ['Sent from my iPad\nError 4010', 'Sent from my iPad\nError 4010'],
      [
        'I sent from my iPhone the logs to Apple\nStill failing',
        'I sent from my iPhone the logs to Apple\nStill failing',
      ],
    ]));
});
