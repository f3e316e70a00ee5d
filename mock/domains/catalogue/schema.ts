import type { Db } from '../../db/database'

export function migrate(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS cities (
      code       TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      short_name TEXT NOT NULL,
      pinyin     TEXT NOT NULL,
      lat        REAL NOT NULL,
      lng        REAL NOT NULL,
      area_code  TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS themes (
      code TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      sort INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS departments (
      code       TEXT PRIMARY KEY,
      city_code  TEXT NOT NULL REFERENCES cities (code),
      name       TEXT NOT NULL,
      short_name TEXT NOT NULL,
      sort       INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS departments_city ON departments (city_code, sort);
    CREATE TABLE IF NOT EXISTS service_items (
      id              TEXT PRIMARY KEY,
      template_code   TEXT NOT NULL,
      city_code       TEXT NOT NULL REFERENCES cities (code),
      name            TEXT NOT NULL,
      audience        TEXT NOT NULL CHECK (audience IN ('personal', 'legal')),
      department_code TEXT NOT NULL REFERENCES departments (code),
      star_level      INTEGER NOT NULL CHECK (star_level BETWEEN 3 AND 5),
      online_depth    INTEGER NOT NULL CHECK (online_depth BETWEEN 1 AND 4),
      visits          INTEGER NOT NULL CHECK (visits BETWEEN 0 AND 2),
      keywords        TEXT NOT NULL,
      guide_json      TEXT NOT NULL,
      sort            INTEGER NOT NULL
    );
    -- The catalogue page's order (sort, then id) straight from the index, without a temporary
    -- B-tree per request (issue 19); replaces service_items_city (city_code, audience, sort).
    DROP INDEX IF EXISTS service_items_city;
    CREATE INDEX IF NOT EXISTS service_items_city_order ON service_items (city_code, audience, sort, id);
    CREATE TABLE IF NOT EXISTS service_item_themes (
      item_id    TEXT NOT NULL REFERENCES service_items (id),
      theme_code TEXT NOT NULL REFERENCES themes (code),
      position   INTEGER NOT NULL,
      PRIMARY KEY (item_id, theme_code)
    );
    CREATE INDEX IF NOT EXISTS service_item_themes_theme ON service_item_themes (theme_code);
    -- Each item's theme codes in order, read from the index alone.
    CREATE INDEX IF NOT EXISTS service_item_themes_ordered ON service_item_themes (item_id, position, theme_code);
  `)
}
