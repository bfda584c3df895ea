"""``python -m whm_api_client.testing``: the same as ``whm-api simulate``."""

import sys

from ._cli import main

sys.exit(main())
