import { describe, it } from 'vitest';
import { check, N, P } from './redact-probes';

describe('a mobile network in brackets after a phone number', () => {
  it('keeps the network and still masks whose number it is', () =>
    check([
      ['Call me on 07700 900123 (Vodafone)', `Call me on ${P} (Vodafone)`],
      ['Ring 0151 23456789 (Telekom) if needed', `Ring ${P} (Telekom) if needed`],
      ['Appelez-moi au 06 12 34 56 78 (Orange)', `Appelez-moi au ${P} (Orange)`],
      ['call me 555-0142 (Verizon)', `call me ${P} (Verizon)`],
      ['Mi número es 612 345 678 (Movistar)', `Mi número es ${P} (Movistar)`],
      ['Ring meg på 912 34 567 (Telenor)', `Ring meg på ${P} (Telenor)`],
      ['Call 0412 345 678 (Telstra) after 5pm', `Call ${P} (Telstra) after 5pm`],
      ['Call me at 555-0142 (T-Mobile)', `Call me at ${P} (T-Mobile)`],
      ['Call me at 555-0142 (Mint)', `Call me at ${P} (Mint)`],
      ['Call me on 07700 900123 (Three)', `Call me on ${P} (Three)`],
      ['Zadzwoń 512 345 678 (Play)', `Zadzwoń ${P} (Play)`],
      ['Call Anna on 0770 090 0123 (O2)', `Call ${N} on ${P} (O2)`],
      ['Chiamami al 333 123 4567 (Iliad)', `Chiamami al ${P} (Iliad)`],
      ['Ring mig på 070 123 45 67 (Telia)', `Ring mig på ${P} (Telia)`],
      ['Tel. 0151 2345678 (Telekom), Jonas', `Tel. ${P} (Telekom), ${N}`],
      ['Call me at 555-0142 (Sarah)', `Call me at ${P} (${N})`],
      ['Ligue para 11 98765-4321 (Claro)', `Ligue para ${P} (Claro)`],
    ]));
});
