# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged authentication. Generated; do not edit."""
