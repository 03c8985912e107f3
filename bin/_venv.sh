# Sourced by bin/run and bin/test (which set ROOT): make $ROOT/.venv and install the project
# into it when pyproject.toml changed since the last install. $1 is the extras ("" or "[test]").
VENV="${VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
# One set-up at a time: bin/run and bin/test started together would both build the venv
# (pip failed half-way in a trial). flock is in util-linux; without it, no lock.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/.venv.lock"
  flock 9
fi
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
if command -v flock >/dev/null 2>&1; then
  exec 9>&-
fi
