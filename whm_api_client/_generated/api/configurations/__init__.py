# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged configurations. Generated; do not edit."""
