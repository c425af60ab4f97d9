import { phrases } from './lexicon.ts';
import type { Span } from './spans.ts';

/*
 * An Apple repair or a Genius Bar appointment is referred to as "R" and digits ("Repair ID
 * R123456789", "Appointment ref R4582913"). Like a support case number, it names the repair,
 * not the person, and whoever helps next needs it; unlabelled it has the shape of a serial
 * number, so it is kept only after the words for a repair, an appointment or a booking.
 */

const WORDS = phrases(`
  repair|repair id|repair number|repair ref|repair reference|appointment|appointment ref|
  appointment number|appointment id|booking|booking ref|booking reference|booking number|
  reservation|reservation number|reservation id|confirmation|confirmation number|genius bar|
  reparatur|reparatur-id|reparaturnummer|reparaturauftrag|termin|terminnummer|termin-nr|
  reservierung|buchung|buchungsnummer|réparation|numéro de réparation|rendez-vous|réservation|
  reparación|número de reparación|cita|reserva|número de reserva|riparazione|id riparazione|
  numero di riparazione|appuntamento|prenotazione|reparo|reparação|número do reparo|
  agendamento|reparatie|reparatienummer|afspraak|reservering|reparation|reparasjon|
  reparationsnummer|bokning|bestilling|naprawa|naprawy|numer naprawy|rezerwacja|wizyta|
  ремонт|ремонта|номер ремонта|запись|onarım|randevu`);

/** One of the words, then up to three short words or signs ("ref", "no.", "ID:", "#"). */
const REFERENCE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${WORDS})(?:[ \t]*(?:[:#=][ \t]*)?[\p{L}.#°º№-]{1,12}){0,3}?[ \t]*(?:[:#=][ \t]*)?(?<value>R\d{7,10})(?![\p{L}\p{N}])`,
  'dgiu',
);

export function* repairReferences(text: string): Generator<Span> {
  for (const match of text.matchAll(REFERENCE)) {
    const [start, end] = match.indices!.groups!.value!;
    yield { start, end };
  }
}
