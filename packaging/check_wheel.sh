#!/usr/bin/env bash
# Build the wheel and sdist (python -m build), check what they contain,
# install the wheel into a fresh venv and run it from an unrelated folder:
#
#   packaging/check_wheel.sh            # artefacts go to packaging/dist/python/
#
# Checks: both build; the wheel holds workbench/_resources (lexicons,
# paraphrases, templates, icons, translations) and workbench/_seeds; the sdist
# holds resources/ and seeds/ and no build output; `pip install <wheel>` into
# a new venv works; from a temporary folder, with only that venv's bin on
# PATH: `workbench --version` prints __version__, the seeds are found inside
# the installed package, `workbench compare <installed seeds> -o out.html`
# writes the comparison, and `workbench demo --screenshot` (offscreen) too.
# Needs network access to PyPI (or a pip cache) for `build` and the
# dependencies. PYTHON picks the interpreter (default python3).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
PY="${PYTHON:-python3}"
OUT="${WORKBENCH_WHEEL_DIST:-$HERE/dist/python}"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/workbench-wheel.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
failures=0
ok() { echo "  ok    $*"; }
bad() { echo "  FAIL  $*"; failures=$((failures + 1)); }

VERSION="$("$PY" -c 'import re,sys; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", open(sys.argv[1]).read()).group(1))' "$REPO/workbench/__init__.py")"
echo "== building wheel and sdist of workbench-media $VERSION"
"$PY" -m venv "$TMP/tools"
"$TMP/tools/bin/pip" install -q build
rm -rf "$OUT"
"$TMP/tools/bin/python" -m build --outdir "$OUT" "$REPO" > "$TMP/build.log" 2>&1 || { tail -30 "$TMP/build.log"; exit 1; }
WHEEL="$(ls "$OUT"/workbench_media-"$VERSION"-*.whl)"
SDIST="$(ls "$OUT"/workbench_media-"$VERSION".tar.gz)"
ok "built $(basename "$WHEEL") ($(du -h "$WHEEL" | cut -f1)) and $(basename "$SDIST") ($(du -h "$SDIST" | cut -f1))"

"$TMP/tools/bin/python" - "$WHEEL" "$SDIST" <<'EOF' || failures=$((failures + 1))
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1:]
names = zipfile.ZipFile(wheel).namelist()
need = ["workbench/_resources/lexicons/de.tsv", "workbench/_resources/lemmas/de.tsv", "workbench/_resources/paraphrases/de.tsv",
        "workbench/_resources/templates/comparison_plain.html.j2", "workbench/_resources/icons/workbench.svg",
        "workbench/_resources/translations/workbench_de.qm", "workbench/_seeds/manifest.json",
        "workbench/__init__.py", "workbench/__main__.py"]
missing = [n for n in need if n not in names]
stray = [n for n in names if n.startswith(("packaging/", "tests/", "resources/", "seeds/"))]
seeds = sum(n.startswith("workbench/_seeds/") for n in names)
print(f"  {'ok  ' if not missing and not stray else 'FAIL'}  wheel: {len(names)} files, {seeds} in _seeds"
      + (f"; missing {missing}" if missing else "") + (f"; stray {stray[:5]}" if stray else ""))
members = [m.split("/", 1)[1] for m in tarfile.open(sdist).getnames() if "/" in m]
s_missing = [n for n in ("resources/lexicons/de.tsv", "seeds/manifest.json", "pyproject.toml", "README.md",
                         "CHANGELOG.md", "packaging/workbench.spec") if n not in members]
junk = [m for m in members if m.startswith(("packaging/build/", "packaging/dist/", "packaging/.build-venv/"))]
print(f"  {'ok  ' if not s_missing and not junk else 'FAIL'}  sdist: {len(members)} files"
      + (f"; missing {s_missing}" if s_missing else "") + (f"; build output inside: {junk[:3]}" if junk else ""))
sys.exit(1 if missing or stray or s_missing or junk else 0)
EOF

echo "== installing the wheel into a fresh venv"
"$PY" -m venv "$TMP/venv"
if "$TMP/venv/bin/pip" install -q "$WHEEL" > "$TMP/pip.log" 2>&1; then ok "pip install $(basename "$WHEEL")"; else tail -20 "$TMP/pip.log"; bad "pip install"; fi

mkdir -p "$TMP/elsewhere" "$TMP/home"
cd "$TMP/elsewhere"
run() { env -i HOME="$TMP/home" PATH="$TMP/venv/bin:/usr/bin:/bin" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
out="$(run workbench --version 2>&1)" || true
if [ "$out" = "workbench, version $VERSION" ]; then ok "workbench --version: $out"; else bad "workbench --version: $out"; fi
SEEDS="$(run python -c 'from workbench.core.resources import seeds_dir; print(seeds_dir())' 2>&1)"
case "$SEEDS" in "$TMP/venv/"*/site-packages/workbench/_seeds) ok "seeds found inside the installed package: ${SEEDS#"$TMP/"}" ;;
    *) bad "seeds_dir() is $SEEDS, not inside the installed package" ;; esac
if out="$(run workbench compare "$SEEDS" -o out.html 2>&1)" && grep -q "<html" out.html; then
    ok "workbench compare <installed seeds> -o out.html: $(echo "$out" | head -1) ($(wc -c < out.html) bytes)"
else
    bad "workbench compare: $out"
fi
if out="$(run workbench demo --screenshot shot.png 2>&1)" && [ -s shot.png ]; then
    ok "workbench demo --screenshot shot.png (offscreen): $(wc -c < shot.png) bytes"
else
    bad "workbench demo --screenshot: $out"
fi
echo "== $failures failure(s); wheel and sdist in $OUT"
[ "$failures" = 0 ]
