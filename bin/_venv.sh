# Sourced by bin/run and bin/test (which set ROOT): make $ROOT/.venv and install the project
# into it when pyproject.toml changed since the last install. $1 is the extras ("" or "[test]").
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
  echo "Setting up $VENV (first run only)…" >&2
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed$1"
if [ ! -f "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT$1"
  touch "$stamp"
fi
