#!/usr/bin/env bash
# Smoke-test a built app folder (packaging/build.sh runs this at the end):
#   packaging/smoke_test.sh [packaging/dist/workbench]
#
# Runs the program from a fresh temporary folder with a clean environment
# (env -i: no venv, no PYTHONPATH, only /usr/bin:/bin on PATH, a throwaway
# HOME, QT_QPA_PLATFORM=offscreen) and checks:
#   --version; compare on the bundled seeds (HTML); import with 2 worker
#   processes (spawned children of the frozen executable); the project file's
#   magic (SQLite header, application_id at offset 68); demo --screenshot;
#   shared libraries all resolvable; Qt platform plugins and data present.
# Prints the timings used in the README. Exit status 0 only if all passed.
set -uo pipefail
APP="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/dist/workbench}" && pwd)"
EXE="$APP/workbench"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/workbench-smoke.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/home" "$TMP/run"
cd "$TMP/run"
failures=0
ok() { echo "  ok    $*"; }
bad() { echo "  FAIL  $*"; failures=$((failures + 1)); }
run() { env -i HOME="$TMP/home" PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "== smoke test of $APP (from $TMP/run, clean environment)"
expected="$(cat "$APP/VERSION" 2>/dev/null || true)"

t0=$(now); out="$(run "$EXE" --version 2>&1)"; t1=$(now)
if [ "$out" = "workbench, version ${expected:-${out##* }}" ]; then ok "--version: $out ($(secs "$t0" "$t1") s)"; else bad "--version printed: $out"; fi

SEEDS="$APP/_internal/workbench/_seeds"
t0=$(now); out="$(run "$EXE" compare "$SEEDS" -o out.html 2>&1)"; status=$?; t1=$(now)
if [ $status = 0 ] && grep -q "<html" out.html 2>/dev/null; then
    ok "compare <bundled seeds> -o out.html: $(echo "$out" | head -1) ($(secs "$t0" "$t1") s, $(wc -c < out.html) bytes)"
else
    bad "compare exited $status: $out"
fi

t0=$(now); out="$(run "$EXE" import p.wbproj "$SEEDS" --workers 2 -q 2>&1)"; status=$?; t1=$(now)
docs="$(run "$EXE" list p.wbproj --json 2>/dev/null | grep -c '"id"')"
if [ $status = 0 ] && [ "$docs" = 5 ]; then ok "import --workers 2 (spawned worker processes): $docs documents ($(secs "$t0" "$t1") s)"; else bad "import --workers 2 exited $status, $docs documents: $out"; fi
magic="$(head -c 16 p.wbproj 2>/dev/null | tr -d '\0')$(od -An -tx1 -j68 -N4 p.wbproj 2>/dev/null | tr -d ' \n')"
if [ "$magic" = "SQLite format 357424e43" ]; then ok "project magic: SQLite header + application_id 0x57424E43 at 68"; else bad "project magic: $magic"; fi

t0=$(now); out="$(run "$EXE" demo --screenshot shot.png 2>&1)"; status=$?; t1=$(now)
size=$(wc -c < shot.png 2>/dev/null || echo 0)
if [ $status = 0 ] && [ "$size" -gt 20000 ] && [ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
    ok "demo --screenshot shot.png: PNG, $size bytes ($(secs "$t0" "$t1") s: start, import + align the demo, render, exit)"
    [ -n "${WORKBENCH_SMOKE_KEEP:-}" ] && cp shot.png "$WORKBENCH_SMOKE_KEEP"
else
    bad "demo --screenshot exited $status, $size bytes: $out"
fi

missing="$(find "$APP/_internal" -name '*.so*' -type f -print0 | LD_LIBRARY_PATH="$APP/_internal" xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u)"
if [ -z "$missing" ]; then ok "every bundled shared library resolves (ldd)"; else bad "unresolved libraries (need these from the system):"; echo "$missing" | sed 's/^/        /'; fi

for plugin in offscreen xcb wayland; do
    if [ -f "$APP/_internal/PySide6/Qt/plugins/platforms/libq$plugin.so" ]; then ok "Qt platform plugin $plugin"; else bad "Qt platform plugin $plugin missing"; fi
done
for file in workbench/_resources/templates/comparison_plain.html.j2 workbench/_resources/translations/workbench_de.qm \
            workbench/_resources/icons/workbench.svg HanTa/morphmodel_ger.pgz spacy_lookups_data/data/de_lemma_lookup.json.gz \
            spacy_lookups_data/data/en_lemma_lookup.json.gz spacy/lang/de/__init__.py trafilatura/settings.cfg; do
    if [ -f "$APP/_internal/$file" ]; then ok "bundled $file"; else bad "missing $file"; fi
done

echo "== folder $(du -sh "$APP" | cut -f1); $failures failure(s)"
[ "$failures" = 0 ]
