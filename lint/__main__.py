"""`python -m lint` runs the newslint command."""

import sys

from lint.cli import main

sys.exit(main())
