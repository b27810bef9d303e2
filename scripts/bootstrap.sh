# Sourced by scripts/run.sh and scripts/test.sh: creates .venv and installs the pinned packages, once.
# Re-installs only when pyproject.toml or constraints.txt changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
PYTHON_BIN="${PYTHON_BIN:-python3}"

if ! "$PYTHON_BIN" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "Python 3.11 or newer is needed (found: $("$PYTHON_BIN" --version 2>&1)). Set PYTHON_BIN to one." >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    echo "==> Creating the virtual environment in .venv"
    "$PYTHON_BIN" -m venv "$VENV"
fi
# WeasyPrint (the candidate report's PDF) needs pango and a font: install the Debian packages when they are
# missing and we may (root on a Debian-like system); otherwise say what to install. The PDF page explains
# itself at run time when they are still missing.
if command -v dpkg-query >/dev/null 2>&1; then
    pdf_missing=()
    for package in libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || pdf_missing+=("$package")
    done
    if [ "${#pdf_missing[@]}" -gt 0 ]; then
        if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
            echo "==> Installing system packages for PDF reports: ${pdf_missing[*]}"
            DEBIAN_FRONTEND=noninteractive apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pdf_missing[@]}"
        else
            echo "Note: PDF reports need these system packages: ${pdf_missing[*]} (apt-get install them as root)." >&2
        fi
    fi
fi
extras="${INSTALL_EXTRAS:-}"
stamp="$VENV/.installed-$(cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt" | sha256sum | cut -c1-16)${extras:+-$extras}"
if [ ! -f "$stamp" ]; then
    echo "==> Installing packages (pinned by constraints.txt)"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    target="$ROOT"
    [ -n "$extras" ] && target="$ROOT[$extras]"
    "$VENV/bin/python" -m pip install --quiet --constraint "$ROOT/constraints.txt" --editable "$target"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
fi
# The scoring engine's hot modules compiled by mypyc: rebuilt only when their sources changed. Without a C
# compiler the engine runs as pure Python (same results, slower) and the script says so.
"$VENV/bin/python" "$ROOT/scripts/build_engine.py" || true
export PATH="$VENV/bin:$PATH"
