// The scrypt records (mock/lib/secret-hash.ts) of the personas' documented 亮证 PINs (SEEDED_PINS),
// computed once so that seeding never runs the KDF. mock/test/security.test.ts checks each.
export const SEEDED_PIN_RECORDS: Record<string, string> = {
  resident: 'scrypt$16384$8$1$J1Wim84di0ZwVNv-CEbsoA$Tmqq-3kwxrNj6Mczog0fairU6gOg3Ji9V6T3CgxU7z4',
  elder: 'scrypt$16384$8$1$5H20YT5tJoO0_xNEFsm1Bw$6hKgGAHMfeEUpSDY2EvB1ULYNLJhv9wcp_0xmerVhvM',
  company: 'scrypt$16384$8$1$-7ubDaF5eoSFFEtyCkJmrA$iR2oV0KhfxicrvrYhXIg-2Xl4qVY-un1FJEfcRyoMII',
  newcomer: 'scrypt$16384$8$1$rU-Du-ain5AMZitUar3a4g$Z-pULb0bCaUy4J8yuRDKJ2o1V2F9epu4EVT3wOA9x6Q',
}
