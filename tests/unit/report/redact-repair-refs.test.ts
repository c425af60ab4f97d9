import { describe, it } from 'vitest';
import { check, S } from './redact-probes';

describe('Apple repair and appointment references', () => {
  it('keeps them, as case numbers are kept', () =>
    check([
      [
        'Appointment ref R4582913 at the Genius Bar on Friday.',
        'Appointment ref R4582913 at the Genius Bar on Friday.',
      ],
      [
        'Genius Bar booking reference R120393847, backup still failing',
        'Genius Bar booking reference R120393847, backup still failing',
      ],
      [
        'Reservation number R123456789 at Apple Regent Street',
        'Reservation number R123456789 at Apple Regent Street',
      ],
      [
        'Repair ID R123456789, device sent for repair',
        'Repair ID R123456789, device sent for repair',
      ],
      [
        'Reparatur-ID: R234567891, das Gerät ist eingeschickt',
        'Reparatur-ID: R234567891, das Gerät ist eingeschickt',
      ],
      [
        'Numéro de réparation R345678912, toujours pas de sauvegarde',
        'Numéro de réparation R345678912, toujours pas de sauvegarde',
      ],
      ['Número de reparación: R456789123', 'Número de reparación: R456789123'],
      [
        'ID riparazione R567891234, ancora nessun backup',
        'ID riparazione R567891234, ancora nessun backup',
      ],
      [
        'Reparatienummer R678912345 bij de Apple Store',
        'Reparatienummer R678912345 bij de Apple Store',
      ],
      [
        'Termin R789123456 im Apple Store am Kurfürstendamm',
        'Termin R789123456 im Apple Store am Kurfürstendamm',
      ],
      [
        'My Genius Bar appointment is R1234567 tomorrow',
        'My Genius Bar appointment is R1234567 tomorrow',
      ],
      ['booking no. R9876543210 for Saturday', 'booking no. R9876543210 for Saturday'],
      ['Numer naprawy: R192837465', 'Numer naprawy: R192837465'],
    ]));

  it('still masks serial numbers that start with R', () =>
    check([
      ['My serial is RXJ4K2L9MN', `My serial is ${S}`],
      ['Serial number R123456789, bought in 2022', `Serial number ${S}, bought in 2022`],
      ['Seriennummer: R7QK2XLM9P', `Seriennummer: ${S}`],
      ['R123456789 is printed on the box', `${S} is printed on the box`],
      [
        'Repair done, but serial RXJ4K2L9MN still shows',
        `Repair done, but serial ${S} still shows`,
      ],
    ]));
});
