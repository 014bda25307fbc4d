#!/usr/bin/env bash
# Fails when a translations/shotbook_<lang>.ts is out of date with the sources
# or not finished:
#   - lupdate, run over a temporary copy exactly as the update_translations
#     target runs it (core/, ui/, app/ *.cpp *.h), would add a message or
#     mark one vanished (line numbers alone do not count: they move with
#     every edit);
#   - a message is unfinished (English: only the plural messages must be
#     translated, the rest shows the source text), or an obsolete/vanished
#     entry is still in the file;
#   - a translation loses or adds a %1..%99 or %n placeholder, an HTML tag,
#     or the &-accelerator of its source.
# Fix: cmake --build <build dir> --target update_translations, then translate
# what it marks unfinished (Qt Linguist, or edit the XML).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "check-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find core ui app -name '*.cpp' -o -name '*.h' | LC_ALL=C sort)
printf '%s\n' "${sources[@]/#/$PWD/}" > "$work/sources.lst"
mkdir "$work/translations"
cp translations/shotbook_*.ts "$work/translations/"
"$lupdate" -silent -locations relative -no-obsolete \
    -I "$PWD/core" -I "$PWD/ui" -I "$PWD/app/cli" \
    "@$work/sources.lst" -ts "$work"/translations/shotbook_*.ts >"$work/lupdate.log" 2>&1 ||
    { cat "$work/lupdate.log" >&2; exit 2; }

python3 - "$work/translations" translations/shotbook_*.ts <<'PY'
import re, sys, os
import xml.etree.ElementTree as ET

updated_dir, files = sys.argv[1], sys.argv[2:]
placeholder = re.compile(r"%(?:n|L?[1-9][0-9]?)")
tag = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
accel = re.compile(r"&(?!&)(?=[^\s])")

def messages(path):
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            key = (name, m.findtext("source") or "", m.findtext("comment") or "")
            out[key] = m
    return out

def forms(tr):
    nf = tr.findall("numerusform")
    return [f.text or "" for f in nf] if nf else [tr.text or ""]

def normalized(text):
    return sorted(p.replace("%L", "%") for p in placeholder.findall(text))

problems = []
for path in files:
    lang = re.match(r"shotbook_(.+)\.ts$", os.path.basename(path)).group(1)
    tree, fresh = messages(path), messages(os.path.join(updated_dir, os.path.basename(path)))
    live = {k: m for k, m in tree.items()
            if m.find("translation").get("type") not in ("obsolete", "vanished")}
    def say(key, what):
        problems.append(f"{path}: [{key[0]}] {key[1][:70]!r}: {what}")
    for key in fresh.keys() - live.keys():
        say(key, "in the sources but not in the file (run update_translations)")
    for key in live.keys() - fresh.keys():
        say(key, "in the file but no longer in the sources (run update_translations)")
    for key, m in tree.items():
        tr = m.find("translation")
        kind = tr.get("type")
        if kind in ("obsolete", "vanished"):
            say(key, f"{kind} entry left in the file (lupdate -no-obsolete drops it)")
            continue
        numerus = m.get("numerus") == "yes"
        if kind == "unfinished":
            if lang != "en" or numerus:
                say(key, "unfinished")
            continue
        source = key[1]
        for text in forms(tr):
            if not text.strip():
                say(key, "empty translation")
                continue
            want, got = normalized(source), normalized(text)
            if numerus:
                # a singular form may spell the count out; it must not invent placeholders
                if set(got) - set(want) or set(p for p in want if p != "%n") - set(got):
                    say(key, f"placeholders {want} became {got} in {text!r}")
            elif want != got:
                say(key, f"placeholders {want} became {got} in {text!r}")
            if sorted(t.lower() for t in tag.findall(source)) != sorted(t.lower() for t in tag.findall(text)):
                say(key, f"HTML tags differ in {text!r}")
            if len(accel.findall(source.replace("&&", ""))) != len(accel.findall(text.replace("&&", ""))):
                say(key, f"&-accelerator lost or added in {text!r}")

for p in problems:
    print(p)
if problems:
    print(f"check-translations: {len(problems)} problem(s)", file=sys.stderr)
    sys.exit(1)
print(f"check-translations: {len(files)} files up to date and finished")
PY
