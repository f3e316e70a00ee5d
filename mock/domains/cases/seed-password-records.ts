// The scrypt records (mock/lib/secret-hash.ts) of the seeded cases' documented query passwords,
// computed once so that seeding a database never runs the KDF (tests build hundreds of servers).
// mock/test/security.test.ts checks each against its password and prints a fresh record when one
// is missing or does not match.
export const SEEDED_PASSWORD_RECORDS: Record<string, string> = {
  '330100202611270830150001': 'scrypt$16384$8$1$6q7WI5cPwrC2kzR4gZI0tw$ubghMBcLEzQOIiyYlg7c9zG_jfwAq4uRyCAdG7MZqk0',
  '330100202611250915420002': 'scrypt$16384$8$1$_IddoCmt7xEvKcLrxzXdaw$T60CvAwmejcIAOdQD3JwkVWwoqrv8Bcxfw4sqn0Pqnc',
  '330100202611181010080003': 'scrypt$16384$8$1$WJ6rjcq8BZGMkKcckk9HiQ$I-ZcpU2xLRchYf73Ie1DE1cJDnn8b3EbcI4niAxDveI',
  '330100202611121430550004': 'scrypt$16384$8$1$X7hQjZZhVaD9UyRpCrzjYQ$IZGbSbSMdcqrtfTn0yEgR2_3rffd_pvD9xmOl57JlVo',
  '330100202611161005300005': 'scrypt$16384$8$1$ly_WJP2YB4RSfdSfdpsOXA$JY6AitEJUEC50VTqNS3d-4WEf_81GDY9ULRlbzoedck',
  '330100202611020900120006': 'scrypt$16384$8$1$JwWpWWCEJ67paOcEkEmKlg$6GPIaeIXQrLVuUx2xGr84Skj2Kt2uICdbt7euMseeHs',
  '330100202611101120440007': 'scrypt$16384$8$1$v4Px5vDHRRz7hz6WzDs_gw$lyjYm0UaMRMRZwkC1aVv9ChAz778Dy2Da7eGZEycmgc',
  '330100202610281500090008': 'scrypt$16384$8$1$M01KQbCi0rrl-R5tm-JLog$yuw0lCBSC44WvItwM3pyI2qoH8J7jgli9EIyM-qQ5mk',
  '330100202611060940210009': 'scrypt$16384$8$1$IiWievwUgoUxM7B3jKERQQ$yLjVKQsvvTUcN1fTctyKFoiWzYPdsWyCzpqPR9_J1wc',
  '330100202610201010330010': 'scrypt$16384$8$1$_fXVCmhGoz7Nys8pirGN5w$MravO2eRrzQYk8ZdaMc2mHXijfJM_60OiuQbaF9ChpM',
  '330100202609281430180011': 'scrypt$16384$8$1$MEk4149VXkzlYad0z_m01w$l-aJbb3DdVCZBhD-64bnM5lOtgjkrodHb-KNwo_gtKQ',
  '330300202611131000260101': 'scrypt$16384$8$1$4hN5X_KEz7IFYhpAQH-mbw$BrGUwJJoU6CJEGbiC7vz-xyUVmY0qX4YCJ-vQu_18nY',
  '330300202611200915070102': 'scrypt$16384$8$1$RNkH9a7FFskGmYa0uL1kJQ$c-0FzOyVp1OXsbhXAU-OUgEAnzXx0VAI820UsuEEt74',
  '330100202611190930410201': 'scrypt$16384$8$1$J0yfNrgt3hsGtB9sRMZNRg$qsq7YJE3RXMV8XJgONUAkdqrVou8ZfWxZaXhWkDM7bw',
  '330100202610300900150202': 'scrypt$16384$8$1$_0NuQ3JBMuJ3WKZVq3I_uw$Xb1WcY49VfJiv0TYbTwgCqlfX_6xcKsyYG9JXarJpoI',
}
