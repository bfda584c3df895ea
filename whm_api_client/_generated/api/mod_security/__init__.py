# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged mod_security. Generated; do not edit."""
