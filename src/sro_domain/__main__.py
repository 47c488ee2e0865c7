"""``python -m sro_domain``: the command line; with no arguments, the demo."""

import sys

from sro_domain.cli import main

if __name__ == "__main__":
    sys.exit(main())
