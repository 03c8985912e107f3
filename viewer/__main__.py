"""``python -m viewer``: see :func:`viewer.app.cli.main`."""

import sys

from viewer.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
