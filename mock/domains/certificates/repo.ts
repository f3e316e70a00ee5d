// SQL for certificates, PINs, showings, presentations, usages and applications.
import type { Db } from '../../db/database'
import type { CertificateRow } from './present'

export interface PinRow {
  user_id: string
  pin_hash: string
  failed_attempts: number
  locked_until: number | null
}

export interface ShowingRow {
  id_hash: string
  user_id: string
  certificate_id: string
  opened_at: number
  expires_at: number
}

export interface PresentationRow {
  id: string
  token_hash: string
  certificate_id: string
  generated_at: number
  expires_at: number
}

export interface UsageRow {
  id: string
  certificate_id: string
  presentation_id: string | null
  organisation: string
  verified_at: number
}

export interface ApplicationRow {
  id: string
  user_id: string
  type_id: string
  city_code: string
  case_id: string
  case_number: string
  delivery_text: string
  idempotency_key: string | null
  submitted_at: number
}

function createRepo(db: Db) {
  const stmts = {
    list: db.prepare('SELECT * FROM certificates WHERE user_id = ? ORDER BY sort_order, id'),
    get: db.prepare('SELECT * FROM certificates WHERE id = ?'),
    withValidTo: db.prepare('SELECT * FROM certificates WHERE valid_to IS NOT NULL AND valid_to >= ? AND valid_to <= ?'),
    userWithValidTo: db.prepare('SELECT * FROM certificates WHERE user_id = ? AND valid_to IS NOT NULL AND valid_to >= ? AND valid_to <= ? ORDER BY valid_to, id'),
    pin: db.prepare('SELECT * FROM certificate_pins WHERE user_id = ?'),
    setPinState: db.prepare('UPDATE certificate_pins SET failed_attempts = ?, locked_until = ? WHERE user_id = ?'),
    insertShowing: db.prepare('INSERT INTO certificate_showings (id_hash, user_id, certificate_id, opened_at, expires_at) VALUES (@id_hash, @user_id, @certificate_id, @opened_at, @expires_at)'),
    showing: db.prepare('SELECT * FROM certificate_showings WHERE id_hash = ?'),
    insertPresentation: db.prepare('INSERT INTO certificate_presentations (id, token_hash, certificate_id, generated_at, expires_at) VALUES (@id, @token_hash, @certificate_id, @generated_at, @expires_at)'),
    presentation: db.prepare('SELECT * FROM certificate_presentations WHERE token_hash = ?'),
    insertUsage: db.prepare('INSERT INTO certificate_usages (id, certificate_id, presentation_id, organisation, verified_at) VALUES (@id, @certificate_id, @presentation_id, @organisation, @verified_at)'),
    usages: db.prepare('SELECT * FROM certificate_usages WHERE certificate_id = ? ORDER BY verified_at DESC, rowid DESC'),
    insertApplication: db.prepare(`
      INSERT INTO certificate_applications (id, user_id, type_id, city_code, case_id, case_number, delivery_text, idempotency_key, submitted_at)
      VALUES (@id, @user_id, @type_id, @city_code, @case_id, @case_number, @delivery_text, @idempotency_key, @submitted_at)`),
    application: db.prepare('SELECT * FROM certificate_applications WHERE id = ?'),
    applicationByKey: db.prepare('SELECT * FROM certificate_applications WHERE user_id = ? AND idempotency_key = ?'),
  }
  return {
    list: (userId: string) => stmts.list.all(userId) as CertificateRow[],
    get: (id: string) => stmts.get.get(id) as CertificateRow | undefined,
    /** Certificates whose valid_to lies in [from, to] (CST dates). */
    withValidToBetween: (from: string, to: string) => stmts.withValidTo.all(from, to) as CertificateRow[],
    /** One user's certificates whose valid_to lies in [from, to] (through the user index). */
    userWithValidToBetween: (userId: string, from: string, to: string) => stmts.userWithValidTo.all(userId, from, to) as CertificateRow[],
    pin: (userId: string) => stmts.pin.get(userId) as PinRow | undefined,
    setPinState: (userId: string, failed: number, lockedUntil: number | null) => stmts.setPinState.run(failed, lockedUntil, userId),
    insertShowing: (row: ShowingRow) => stmts.insertShowing.run(row),
    showing: (idHash: string) => stmts.showing.get(idHash) as ShowingRow | undefined,
    insertPresentation: (row: PresentationRow) => stmts.insertPresentation.run(row),
    presentation: (tokenHash: string) => stmts.presentation.get(tokenHash) as PresentationRow | undefined,
    insertUsage: (row: UsageRow) => stmts.insertUsage.run(row),
    usages: (certificateId: string) => stmts.usages.all(certificateId) as UsageRow[],
    insertApplication: (row: ApplicationRow) => stmts.insertApplication.run(row),
    application: (id: string) => stmts.application.get(id) as ApplicationRow | undefined,
    applicationByKey: (userId: string, key: string) => stmts.applicationByKey.get(userId, key) as ApplicationRow | undefined,
  }
}

export type CertificatesRepo = ReturnType<typeof createRepo>

const repos = new WeakMap<Db, CertificatesRepo>()

/** One repo (prepared statements) per database. */
export function certificatesRepo(db: Db): CertificatesRepo {
  let repo = repos.get(db)
  if (!repo) {
    repo = createRepo(db)
    repos.set(db, repo)
  }
  return repo
}
