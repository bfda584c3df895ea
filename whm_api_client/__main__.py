"""``python -m whm_api_client``: the ``whm-api`` command without the console script."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
