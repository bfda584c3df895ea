# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""Functions tagged greylisting. Generated; do not edit."""
