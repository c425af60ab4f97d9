import { describe, it } from 'vitest';
import { check, S } from './redact-probes';

/**
 * Probes written before the fix: identity, tax and passport numbers after their labels in Thai,
 * Vietnamese, Indonesian, Malay, Hindi, Arabic, Hebrew, Greek, Romanian, Ukrainian, Hungarian,
 * Croatian, Bulgarian, Estonian, Lithuanian… are masked whole as serial numbers, not as phones; an
 * acronym label counts only in capitals ("nie" is Polish for "not").
 */
describe('identity numbers after labels in more languages', () => {
  it('masks them whole as serial numbers', () =>
    check([
      ['เลขบัตรประชาชน 1 2345 67890 12 3 ค่ะ', `เลขบัตรประชาชน ${S} ค่ะ`],
      ['เลขประจำตัวประชาชน: 3-1012-00345-67-8', `เลขประจำตัวประชาชน: ${S}`],
      ['บัตรประชาชนเลขที่ 1101700123456', `บัตรประชาชนเลขที่ ${S}`],
      ['Số CCCD: 001203004567', `Số CCCD: ${S}`],
      ['CMND của tôi là 012345678', `CMND của tôi là ${S}`],
      ['NIK saya 3171234567890001', `NIK saya ${S}`],
      ['No. KTP: 3273 0101 9001 0002', `No. KTP: ${S}`],
      ['No. kad pengenalan: 900101-14-5678', `No. kad pengenalan: ${S}`],
      ['आधार नंबर: 2345 6789 0123', `आधार नंबर: ${S}`],
      ['पैन कार्ड: ABCDE1234F', `पैन कार्ड: ${S}`],
      ['PAN: ABCDE1234F, Aadhaar 2345 6789 0123', `PAN: ${S}, Aadhaar ${S}`],
      ['رقم الهوية: 1012345678', `رقم الهوية: ${S}`],
      ['رقم الهوية الوطنية 2987654321', `رقم الهوية الوطنية ${S}`],
      ['מספר תעודת זהות: 012345674', `מספר תעודת זהות: ${S}`],
      ['ת.ז. 123456782', `ת.ז. ${S}`],
      ['ΑΦΜ: 123456789', `ΑΦΜ: ${S}`],
      ['CNP: 1900101123456', `CNP: ${S}`],
      ['Rodné číslo: 900101/1234', `Rodné číslo: ${S}`],
      ['РНОКПП: 3012345678', `РНОКПП: ${S}`],
      ['ИНН 770123456789, СНИЛС 123-456-789 01', `ИНН ${S}, СНИЛС ${S}`],
      ['マイナンバー：1234 5678 9012', `マイナンバー：${S}`],
      ['身份证号：11010119900307123X', `身份证号：${S}`],
      ['CPF: 123.456.789-09', `CPF: ${S}`],
      ['CURP: GOMA900101HDFRRL09', `CURP: ${S}`],
      ['NIE X1234567L', `NIE ${S}`],
      ['Henkilötunnus: 010190-123A', `Henkilötunnus: ${S}`],
      ['Személyi igazolvány száma: 123456AB', `Személyi igazolvány száma: ${S}`],
      ['BSN: 123456782', `BSN: ${S}`],
      ['Mã số thuế: 0312345678', `Mã số thuế: ${S}`],
      ['เลขที่หนังสือเดินทาง AA1234567', `เลขที่หนังสือเดินทาง ${S}`],
      ['Số hộ chiếu: C1234567', `Số hộ chiếu: ${S}`],
      ['Nomor paspor saya: B1234567', `Nomor paspor saya: ${S}`],
      ['رقم جواز السفر: K12345678', `رقم جواز السفر: ${S}`],
      ['מספר דרכון 23456789', `מספר דרכון ${S}`],
      ['OIB: 12345678901', `OIB: ${S}`],
      ['ЕГН 8001011234', `ЕГН ${S}`],
      ['Isikukood 38001010123', `Isikukood ${S}`],
      ['Asmens kodas: 38001010123', `Asmens kodas: ${S}`],
      ['Kopia nie 2024 działa od stycznia.', 'Kopia nie 2024 działa od stycznia.'],
      [
        'Hộ chiếu hết hạn năm 2025, không liên quan.',
        'Hộ chiếu hết hạn năm 2025, không liên quan.',
      ],
    ]));
});
