import { describe, it } from 'vitest';
import { check, P, S } from './redact-probes';

describe('Unix timestamps', () => {
  it('keeps them where a log or a label says they are times', () =>
    check([
      ['backupd log: ts=1712345678 status=failed', 'backupd log: ts=1712345678 status=failed'],
      [
        '"lastBackup": 1712345678901, "error": "-4010"',
        '"lastBackup": 1712345678901, "error": "-4010"',
      ],
      [
        'The console shows [1701234567.123] BackupAgent error',
        'The console shows [1701234567.123] BackupAgent error',
      ],
      ['failed at unix 1712345678', 'failed at unix 1712345678'],
      ['time: 1712345678 result: failed', 'time: 1712345678 result: failed'],
      [
        'created_at=1712345678 updated_at=1712345999',
        'created_at=1712345678 updated_at=1712345999',
      ],
      ['tidsstempel 1712345678 i loggen', 'tidsstempel 1712345678 i loggen'],
      ['marca de tiempo: 1712345678901', 'marca de tiempo: 1712345678901'],
      ['"date": 1712345678, "code": 4010', '"date": 1712345678, "code": 4010'],
      ['lastBackupDate = 1712345678.5', 'lastBackupDate = 1712345678.5'],
      ['Zeitstempel: 1712345678901, Fehler -1', 'Zeitstempel: 1712345678901, Fehler -1'],
      ['aikaleima 1712345678 lokissa', 'aikaleima 1712345678 lokissa'],
      ['EPOCH=1698765432 STATUS=FAILED', 'EPOCH=1698765432 STATUS=FAILED'],
      [
        'backup log [1699999999.123456] MBErrorDomain 205',
        'backup log [1699999999.123456] MBErrorDomain 205',
      ],
    ]));

  it('still masks phone numbers and Thai identity numbers', () =>
    check([
      ['Call me on 1712345678', `Call me on ${P}`],
      // After their Thai label, identity numbers are masked as such (serial numbers), not as phones.
      ['เลขบัตรประชาชน 1103700012345 สำรองข้อมูลไม่สำเร็จ', `เลขบัตรประชาชน ${S} สำรองข้อมูลไม่สำเร็จ`],
      ['My Thai ID is 1 1037 00012 34 5', `My Thai ID is ${P}`],
      ['โทร 0812345678 ได้เลย', `โทร ${P} ได้เลย`],
      ['time to call: 0151 2345678', `time to call: ${P}`],
      ['บัตรประชาชน 1712345678901', `บัตรประชาชน ${S}`],
      ['ID 1712345678901 please keep private', `ID ${P} please keep private`],
      ['Best time to reach me: 1012345678 in Cairo', `Best time to reach me: ${P} in Cairo`],
      ['Date of call: 0151 2345678', `Date of call: ${P}`],
      ['Meine Nummer: 1712345678', `Meine Nummer: ${P}`],
    ]));
});
