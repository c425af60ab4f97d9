import { phrases } from './lexicon.ts';
import { readName } from './reader.ts';
import { atWordStart, type Span } from './spans.ts';

/**
 * Names in the fields of a device's particulars: "Device: iPhone 15 Pro / Owner: Mark Delaney",
 * "Besitzer: …", "Titular: …", "Владелец: …", and the customer or recipient of a ticket or a
 * shipment ("customer Lucy Fairweather, iPhone 15", "Shipping: Patrick O'Brien, Flat 4").
 */

/** Owner, holder, the name on the account: whatever follows the colon is a name, in any case. */
const OWNER_LABELS = phrases(`
  owner|device owner|account holder|account owner|holder|registered to|name on the account|
  name on account|name auf dem konto|nom sur le compte|nombre en la cuenta|nome sull'account|
  nome na conta|naam op het account|
  besitzer|besitzerin|inhaber|inhaberin|eigentümer|eigentümerin|kontoinhaber|
  propriétaire|titulaire|titular|propietario|propietaria|dueño|dueña|proprietario|
  proprietaria|intestatario|intestataria|titolare|dono|dona|proprietário|proprietária|
  eigenaar|eigenares|houder|ägare|innehavare|ejer|eier|indehaver|innehaver|właściciel|
  właścicielka|posiadacz|владелец|владелица|собственник|власник|власниця|sahibi|
  cihaz sahibi|hesap sahibi|majitel|majitelka|majiteľ|majiteľka|vlastník|vlastnik|vlasnik|vlasnica|κάτοχος|
  ιδιοκτήτης|ιδιοκτήτρια|proprietar|tulajdonos|chủ sở hữu|chủ máy|chủ thiết bị|pemilik|
  omistaja|omanik|savininkas|propietari|собственик`);
/** Up to three words may follow the label: "Propriétaire de l'appareil :", "Owner name:". */
const OWNER = new RegExp(`(?:${OWNER_LABELS})(?:[ \\t]+[\\p{L}'’.-]+){0,3}[ \\t]*[:：]`, 'giu');

/**
 * Customer and recipient. "Customer:" also heads the customer's lines of a chat transcript
 * ("Customer: Tried that"), so only a first name and a surname that end the field count, with
 * or without the colon.
 */
const PARTY_LABELS = phrases(`
  customer|customer name|client name|recipient|ship to|shipping|deliver to|addressee|
  kunde|kundin|kundenname|empfänger|client|cliente|nom du client|destinataire|
  nombre del cliente|destinatario|nome cliente|nome do cliente|klant|klantnaam|ontvanger|
  kund|mottagare|modtager|mottaker|klient|klientka|odbiorca|клиент|клиентка|получатель|
  müşteri|alıcı|zákazník|zákaznice|příjemce|πελάτης|παραλήπτης|destinatar|ügyfél|
  címzett|khách hàng|người nhận|pelanggan|penerima|asiakas|vastaanottaja|klientas|
  gavėjas|клієнт|одержувач`);
const PARTY = new RegExp(`(?:${PARTY_LABELS})(?:[ \\t]*[:：])?(?=[ \\t])`, 'giu');
/** The end of a field: a comma, a slash, a bracket, the end of the line or of a sentence. */
const FIELD_END = /[ \t]*(?:[,;/|()\r\n]|$|[.!](?:\s|$))/y;

function* parties(text: string): Generator<Span> {
  for (const match of atWordStart(PARTY, text)) {
    const name = readName(text, match.index + match[0].length, {});
    if (!name) continue;
    FIELD_END.lastIndex = name.end;
    if (/\s/u.test(text.slice(name.start, name.end)) && FIELD_END.test(text)) yield name;
  }
}

/**
 * Whose account or device it is, said in a sentence: "the account belongs to Peter Novak",
 * "registered to Ms. Yuki Sato", "est au nom de Marie Dupont", "the account holder is Priscilla
 * Okoye". Only a capitalised name that ends
 * the clause counts, so "belongs to the school" and "gehört meiner Tochter" stay.
 */
const OWNED_BY = new RegExp(
  `(?:${phrases(`belongs to|belonged to|registered to|registered under|in the name of|owned by|
  gehört|gehörte|läuft auf|appartient à|est au nom de|au nom de|pertenece a|a nombre de|
  appartiene a|intestato a|intestata a|pertence a|em nome de|is van|op naam van|należy do|
  принадлежит|оформлен на|zarejestrowany na|owner is|holder is|under the name|
  under the name of|name on the account is|inhaber ist|besitzer ist|titulaire est|
  propriétaire est|titular es|propietario es|titolare è|proprietario è|eigenaar is|
  ägare är|właścicielem jest|владелец —|владелец`)})[ \t]+`,
  'giu',
);

function* ownedBy(text: string): Generator<Span> {
  for (const match of atWordStart(OWNED_BY, text)) {
    const name = readName(text, match.index + match[0].length, {});
    // "belongs to MDM": one word in capitals is an acronym.
    if (!name || /^[\p{Lu}\p{N}]+$/u.test(text.slice(name.start, name.end))) continue;
    FIELD_END.lastIndex = name.end;
    if (FIELD_END.test(text)) yield name;
  }
}

export function* ownerFields(text: string): Generator<Span> {
  yield* ownedBy(text);
  for (const match of atWordStart(OWNER, text)) {
    const name = readName(text, match.index + match[0].length, { anyCase: true });
    if (name) yield name;
  }
  yield* parties(text);
}
