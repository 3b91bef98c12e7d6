"""``python -m pantau`` runs the command line."""

import sys

from pantau.cli import main

sys.exit(main())
