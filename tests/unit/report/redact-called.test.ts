import { describe, it } from 'vitest';
import { check, N } from './redact-probes';

describe('a lower-case name after "named" or "called"', () => {
  it('masks it after a relative', () =>
    check([
      ['moja córka ma na imię zosia i ma iPada', `moja córka ma na imię ${N} i ma iPada`],
      ['my sister called jess, she set it up', `my sister called ${N}, she set it up`],
      [
        'my daughter called emma has the same problem',
        `my daughter called ${N} has the same problem`,
      ],
      [
        'a friend named jake told me to reset everything',
        `a friend named ${N} told me to reset everything`,
      ],
      ['our neighbour named olek set up the iPad', `our neighbour named ${N} set up the iPad`],
      ['my grandson named liam uses my apple id', `my grandson named ${N} uses my apple id`],
      ['meine Tochter namens lena hat das iPad', `meine Tochter namens ${N} hat das iPad`],
      [
        'mein Sohn heißt lukas und sein iPad sichert nicht',
        `mein Sohn heißt ${N} und sein iPad sichert nicht`,
      ],
      [
        "ma fille s'appelle chloé et son iPhone ne sauvegarde plus",
        `ma fille s'appelle ${N} et son iPhone ne sauvegarde plus`,
      ],
      [
        'mi hijo se llama mateo, su iPad no hace copia',
        `mi hijo se llama ${N}, su iPad no hace copia`,
      ],
      [
        'mi amiga llamada sofía me dijo que borrara fotos',
        `mi amiga llamada ${N} me dijo que borrara fotos`,
      ],
      ['mia figlia si chiama giulia e usa il mio ID', `mia figlia si chiama ${N} e usa il mio ID`],
      [
        'meu filho se chama pedro e o iPad dele não faz backup',
        `meu filho se chama ${N} e o iPad dele não faz backup`,
      ],
      [
        'mijn zoon heet daan en zijn iPad maakt geen back-up',
        `mijn zoon heet ${N} en zijn iPad maakt geen back-up`,
      ],
      [
        'min dotter heter elsa och hennes iPad fungerar inte',
        `min dotter heter ${N} och hennes iPad fungerar inte`,
      ],
    ]));

  it('keeps a verb, a pronoun or a thing after them', () =>
    check([
      ['my son called me about the backup', 'my son called me about the backup'],
      ['my wife called apple support yesterday', 'my wife called apple support yesterday'],
      [
        'my husband called yesterday and they said wait',
        'my husband called yesterday and they said wait',
      ],
      ['an app called backup pro', 'an app called backup pro'],
      ['a file named backup.zip is on the desktop', 'a file named backup.zip is on the desktop'],
      ['my daughter called and said it works', 'my daughter called and said it works'],
      ['la red se llama movistar', 'la red se llama movistar'],
      ['my friend called tech support for me', 'my friend called tech support for me'],
      ['my mum called the bank first', 'my mum called the bank first'],
      ['my son named his phone after a dog', 'my son named his phone after a dog'],
      ['die App heißt fotos', 'die App heißt fotos'],
    ]));
});
