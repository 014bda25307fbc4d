#!/bin/sh
# Writes the database fixtures in this folder. They are committed; run this
# only to remake them (needs the sqlite3 command). The version-1 schema below
# is migration step 1 of core/storage/Migrations.cpp as it was released.
set -eu
cd "$(dirname "$0")"
rm -f corrupt.sqlite v1.sqlite v1-conflict.sqlite newer.sqlite other-app.sqlite truncated.sqlite garbage.sqlite

v1_schema="
PRAGMA application_id = 1397244491;
PRAGMA user_version = 1;
CREATE TABLE patients (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL,
  birth_date VARCHAR(10), created_at VARCHAR(20) NOT NULL);
CREATE UNIQUE INDEX patients_name ON patients(name);
INSERT INTO patients VALUES (1, 'Ada', '1961-04-02', '2025-01-05T08:00:00Z');
INSERT INTO patients VALUES (2, 'Léa', '2024-11-30', '2025-02-10T19:30:00Z');
"
sqlite3 v1.sqlite "$v1_schema"

# Version 1 with a table in the way of step 2: the migration must fail whole.
sqlite3 v1-conflict.sqlite "$v1_schema CREATE TABLE weights (x TEXT);"

# Written by a future Shotbook.
sqlite3 newer.sqlite "PRAGMA application_id = 1397244491; PRAGMA user_version = 999;
CREATE TABLE future (id INTEGER PRIMARY KEY, stuff TEXT); INSERT INTO future VALUES (1, 'x');"

# Another program's SQLite file.
sqlite3 other-app.sqlite "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);
INSERT INTO moz_places VALUES (1, 'about:blank');"

# A Shotbook file cut short (a copy interrupted halfway).
sqlite3 full.tmp "$v1_schema CREATE TABLE filler (x TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO filler SELECT printf('%.200c', 'x') FROM n;"
size=$(wc -c < full.tmp)
head -c $((size / 2 + 100)) full.tmp > truncated.sqlite
# The same file whole, but with a page in the middle overwritten.
cp full.tmp corrupt.sqlite
yes 'not a b-tree page' | head -c 4096 | dd of=corrupt.sqlite bs=4096 seek=3 conv=notrunc 2>/dev/null
rm -f full.tmp

printf 'This is a shopping list, not a database.\nmilk\neggs\n' > garbage.sqlite
