# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged script_hooks. Generated; do not edit."""
