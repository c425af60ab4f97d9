/*
 * Unix timestamps in pasted logs: seconds since 1970 have ten digits and milliseconds thirteen,
 * the length of a phone number or, for thirteen, of a Thai identity number. Only the years a log
 * about a backup comes from are read, from 1600000000 (September 2020) to 1999999999 (2033):
 * an Egyptian mobile number written without its 0 starts with 10, 11, 12 or 15. So a timestamp is told by what stands before it: a log's
 * key or label that names a moment ("ts=", "time:", "\"lastBackup\":", "created_at=", "epoch",
 * "Zeitstempel"), or by a fraction of a second ("[1701234567.123]"), which no phone number or
 * identity number has.
 */

/** A key ending like a moment ("lastBackupDate", "updated_at"), or a word naming one. */
const KEY = String.raw`(?<![\p{L}\p{N}_])(?:[\p{L}_]*(?:_at|At|_ts|Ts|[Dd]ate|DATE|[Tt]ime|TIME|[Ss]tamp|STAMP|[Ss]tempel|[Ss]tämpel|[Ll]eima|[Bb]ackup)|ts|TS|[Ee]poch|EPOCH|[Uu]nix|UNIX)`;
const SECONDS = String.raw`1[6-9]\d{8}(?:\d{3})?(?:\.\d{1,6})?(?!\d|[.,]\d)`;

export const TIMESTAMP =
  String.raw`${KEY}["']?[ \t]*(?:[:=][ \t]*)?${SECONDS}|` +
  String.raw`(?<![\d.])1[6-9]\d{8}\.\d{1,6}(?![\d.])`;
