"""``python -m quotesmith`` is the ``quotesmith`` command."""
import sys

from .cli import main

sys.exit(main())
